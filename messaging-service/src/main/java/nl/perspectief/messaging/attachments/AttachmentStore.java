package nl.perspectief.messaging.attachments;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.perspectief.personaldata.SubjectCipher;
import nl.perspectief.personaldata.SubjectErasedException;

/**
 * The attachments of messages, each sealed with its writer's subject key (personal-data's {@link SubjectCipher}): the
 * bytes and the name the uploader gave the file, which may name people. What stays readable is what a message version
 * names anyway: the detected media type, the size and the SHA-256. Shredding the writer's key erases every attachment
 * they wrote at once; the rows stay, and read back as {@link AttachmentContent.Erased}.
 * <p>
 * <b>Where the bytes are.</b> Here, in the service's own PostgreSQL database: table {@code attachment}, column
 * {@code sealed_content} ({@code bytea}, stored out of line by TOAST, uncompressed since ciphertext does not compress),
 * which is ample for the limits of {@link AttachmentSettings} (a value may be up to 1 GB; a 200 MB video costs a few
 * times its size in memory while it is written or read). A deployment with many video messages moves the sealed bytes
 * to an object store (S3-compatible, with server-side encryption on top) and keeps this table as the index, the
 * column then holding the object's key. Nothing else changes: the bytes are sealed before they leave the service, so
 * the object store, its backups and its operators see ciphertext only, and shredding still erases them.
 */
@Component
public class AttachmentStore {

    private final JdbcClient jdbc;
    private final SubjectCipher cipher;

    public AttachmentStore(DataSource dataSource, SubjectCipher cipher) {
        this.jdbc = JdbcClient.create(dataSource);
        this.cipher = cipher;
    }

    /**
     * Seals and stores an upload that {@link AttachmentInspector} accepted, under a new id. It joins the caller's
     * transaction, so an attachment stored for a step that is then refused is rolled back with it.
     *
     * @param fileName the name the uploader gave the file, or null; only its last path segment is kept (some browsers
     *                 send the whole path, with the user's name in it)
     * @throws SubjectErasedException when the writer was erased: nothing may be stored for them again
     * @throws IllegalArgumentException when the bytes are not the ones that were inspected
     */
    public StoredAttachment store(UUID caseId, UUID messageId, UUID writerId, String fileName, byte[] content,
                                  InspectedAttachment inspected, Instant at) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(writerId, "writerId");
        Objects.requireNonNull(at, "at");
        if (content.length != inspected.size() || !AttachmentInspector.sha256(content).equals(inspected.sha256())) {
            throw new IllegalArgumentException("Message " + messageId + ": the bytes are not the ones inspected");
        }
        StoredAttachment stored = new StoredAttachment(UUID.randomUUID(), inspected.mediaType(), inspected.size(),
                inspected.sha256());
        byte[] sealedContent = cipher.seal(writerId, content);
        // always sealed, the empty name too, so that whether the writer was erased can be read from the name alone
        byte[] sealedFileName = cipher.seal(writerId, lastSegmentOf(fileName).getBytes(UTF_8));
        jdbc.sql("""
                        insert into attachment (attachment_id, case_id, message_id, writer_id, media_type, size_bytes,
                                                sha256, sealed_file_name, sealed_content, stored_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(stored.attachmentId(), caseId, messageId, writerId, stored.mediaType(), stored.sizeBytes(),
                        stored.sha256(), sealedFileName, sealedContent, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        return stored;
    }

    /** The attachment's bytes and name, or {@link AttachmentContent.Erased} once its writer's key was shredded. */
    public Optional<AttachmentContent> open(UUID attachmentId) {
        return jdbc.sql("""
                        select attachment_id, case_id, message_id, writer_id, media_type, sha256, sealed_file_name,
                               sealed_content
                        from attachment where attachment_id = ?
                        """)
                .param(attachmentId)
                .query(this::opened)
                .optional();
    }

    /** The attachments stored for a message, in the order they were stored, without their bytes. */
    public List<AttachmentSummary> of(UUID messageId) {
        return jdbc.sql("""
                        select attachment_id, message_id, writer_id, media_type, size_bytes, sha256, sealed_file_name,
                               stored_at
                        from attachment where message_id = ?
                        order by stored_at, attachment_id
                        """)
                .param(messageId)
                .query(this::summary)
                .list();
    }

    private AttachmentContent opened(ResultSet row, int rowNumber) throws SQLException {
        UUID attachmentId = row.getObject("attachment_id", UUID.class);
        UUID caseId = row.getObject("case_id", UUID.class);
        UUID messageId = row.getObject("message_id", UUID.class);
        UUID writerId = row.getObject("writer_id", UUID.class);
        String mediaType = row.getString("media_type");
        Optional<byte[]> bytes = cipher.open(writerId, row.getBytes("sealed_content"));
        Optional<String> fileName = fileNameOf(writerId, row.getBytes("sealed_file_name"));
        if (bytes.isEmpty() || fileName.isEmpty()) {
            return new AttachmentContent.Erased(attachmentId, caseId, messageId, writerId, mediaType);
        }
        if (!AttachmentInspector.sha256(bytes.get()).equals(row.getString("sha256"))) {
            // authentic ciphertext of this writer, but not the file this row names: rows were tampered with
            throw new IllegalStateException("Attachment " + attachmentId + " does not hold the file its digest names");
        }
        return new AttachmentContent.Opened(attachmentId, caseId, messageId, writerId, mediaType,
                fileName.get().isEmpty() ? null : fileName.get(), bytes.get());
    }

    private AttachmentSummary summary(ResultSet row, int rowNumber) throws SQLException {
        Optional<String> fileName = fileNameOf(row.getObject("writer_id", UUID.class), row.getBytes("sealed_file_name"));
        return new AttachmentSummary(row.getObject("attachment_id", UUID.class), row.getObject("message_id", UUID.class),
                row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
                fileName.filter(name -> !name.isEmpty()).orElse(null), fileName.isEmpty(),
                row.getObject("stored_at", OffsetDateTime.class).toInstant());
    }

    /** The name, empty when none was given; no name at all once the writer's key was shredded. */
    private Optional<String> fileNameOf(UUID writerId, byte[] sealed) {
        return cipher.open(writerId, sealed).map(name -> new String(name, UTF_8));
    }

    private static String lastSegmentOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
    }
}
