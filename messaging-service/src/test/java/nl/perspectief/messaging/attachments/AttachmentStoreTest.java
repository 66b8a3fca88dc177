package nl.perspectief.messaging.attachments;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.perspectief.messaging.attachments.AttachmentFixtures.CANARY;
import static nl.perspectief.messaging.attachments.AttachmentFixtures.CANARY_FILE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.crypto.KeyGenerator;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.personaldata.JdbcSubjectKeys;
import nl.perspectief.personaldata.MasterKey;
import nl.perspectief.personaldata.SubjectCipher;
import nl.perspectief.personaldata.SubjectErasedException;

class AttachmentStoreTest {

    private static final AttachmentDatabase database = AttachmentDatabase.get();
    private static final MasterKey masterKey = newMasterKey();

    private final JdbcSubjectKeys keys = new JdbcSubjectKeys(database.app(), masterKey);
    private final AttachmentStore store = new AttachmentStore(database.app(), new SubjectCipher(keys));
    private final AttachmentInspector inspector = new AttachmentInspector(AttachmentFixtures.defaultSettings());

    private final UUID caseId = UUID.randomUUID();
    private final UUID messageId = UUID.randomUUID();
    private final UUID writerId = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-03-02T10:15:30Z");

    @Test
    void opensAStoredAttachmentToTheSameBytesAndName() {
        byte[] letter = AttachmentFixtures.pdf(CANARY);

        StoredAttachment stored = store(CANARY_FILE_NAME, letter);

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(letter.length);
        assertThat(stored.sha256()).isEqualTo(inspector.inspect(letter).sha256());
        assertThat(store.open(stored.attachmentId())).get()
                .isInstanceOfSatisfying(AttachmentContent.Opened.class, opened -> {
                    assertThat(opened.bytes()).isEqualTo(letter);
                    assertThat(opened.fileName()).isEqualTo(CANARY_FILE_NAME);
                    assertThat(opened.mediaType()).isEqualTo("application/pdf");
                    assertThat(opened.caseId()).isEqualTo(caseId);
                    assertThat(opened.messageId()).isEqualTo(messageId);
                    assertThat(opened.writerId()).isEqualTo(writerId);
                });
    }

    @Test
    void knowsNothingOfAnAttachmentNeverStored() {
        assertThat(store.open(UUID.randomUUID())).isEmpty();
    }

    @Test
    void listsTheAttachmentsOfAMessageWithoutTheirBytes() {
        StoredAttachment photo = store("foto.png", AttachmentFixtures.png());
        StoredAttachment voice = store(null, AttachmentFixtures.wav());
        byte[] ofAnotherMessage = AttachmentFixtures.pdf("another message");
        store.store(caseId, UUID.randomUUID(), writerId, "other.pdf", ofAnotherMessage, inspector.inspect(ofAnotherMessage), at);

        List<AttachmentSummary> listed = store.of(messageId);

        assertThat(listed).extracting(AttachmentSummary::attachmentId)
                .containsExactlyInAnyOrder(photo.attachmentId(), voice.attachmentId());
        assertThat(listed).filteredOn(summary -> summary.attachmentId().equals(photo.attachmentId())).singleElement()
                .isEqualTo(new AttachmentSummary(photo.attachmentId(), messageId, "image/png", photo.sizeBytes(),
                        photo.sha256(), "foto.png", false, at));
        assertThat(listed).filteredOn(summary -> summary.attachmentId().equals(voice.attachmentId())).singleElement()
                .isEqualTo(new AttachmentSummary(voice.attachmentId(), messageId, "audio/vnd.wave", voice.sizeBytes(),
                        voice.sha256(), null, false, at));
    }

    @Test
    void keepsOnlyTheLastPartOfAFileNameThatCameWithItsPath() {
        StoredAttachment stored = store("C:\\Users\\Esther de Vries\\Documents\\brief.pdf", AttachmentFixtures.pdf("brief"));

        assertThat(store.of(messageId)).singleElement().extracting(AttachmentSummary::fileName).isEqualTo("brief.pdf");
        assertThat(store.open(stored.attachmentId())).get()
                .isInstanceOfSatisfying(AttachmentContent.Opened.class, opened -> assertThat(opened.fileName()).isEqualTo("brief.pdf"));
    }

    @Test
    void keepsNeitherTheContentNorTheFileNameInClearInAnyTableOfTheDatabase() {
        StoredAttachment stored = store(CANARY_FILE_NAME, AttachmentFixtures.pdf(CANARY));

        List<Cell> dump = everyCellOfEveryTable();

        // the dump is real: it holds what is kept in clear on purpose
        assertThat(cellsHolding(dump, stored.sha256())).containsExactly("public.attachment.sha256");
        assertThat(cellsHolding(dump, "Kanarie")).isEmpty();
        assertThat(cellsHolding(dump, "Zwavelgeel")).isEmpty();
    }

    @Test
    void keepsNeitherTheContentNorTheFileNameInClearInAnyFileOfTheDatabaseServer() {
        StoredAttachment stored = store(CANARY_FILE_NAME, AttachmentFixtures.pdf(CANARY));
        // tables, TOAST and write-ahead log as they lie on disk, and in a file-level backup
        JdbcClient.create(database.superuser()).sql("checkpoint").update();

        List<Path> files = filesOf(database.dataDirectory());

        assertThat(filesHolding(files, stored.sha256())).isNotEmpty();
        assertThat(filesHolding(files, "Kanarie")).isEmpty();
        assertThat(filesHolding(files, "Zwavelgeel")).isEmpty();
    }

    @Test
    void saysAnAttachmentIsErasedOnceItsWritersKeyIsShredded() {
        StoredAttachment stored = store(CANARY_FILE_NAME, AttachmentFixtures.pdf(CANARY));
        UUID otherWriter = UUID.randomUUID();
        StoredAttachment others = store.store(caseId, messageId, otherWriter, "antwoord.pdf",
                AttachmentFixtures.pdf("antwoord"), inspector.inspect(AttachmentFixtures.pdf("antwoord")), at);

        keys.shred(writerId);

        assertThat(store.open(stored.attachmentId())).contains(new AttachmentContent.Erased(stored.attachmentId(),
                caseId, messageId, writerId, "application/pdf"));
        assertThat(store.of(messageId)).filteredOn(AttachmentSummary::erased).singleElement()
                .satisfies(erased -> {
                    assertThat(erased.attachmentId()).isEqualTo(stored.attachmentId());
                    assertThat(erased.fileName()).isNull();
                    assertThat(erased.mediaType()).isEqualTo("application/pdf");
                });
        assertThat(store.open(others.attachmentId())).get().isInstanceOf(AttachmentContent.Opened.class);
    }

    @Test
    void storesNothingMoreForAnErasedWriter() {
        keys.shred(writerId);

        assertThatThrownBy(() -> store("brief.pdf", AttachmentFixtures.pdf("brief")))
                .isInstanceOf(SubjectErasedException.class);
        assertThat(store.of(messageId)).isEmpty();
    }

    @Test
    void refusesBytesOtherThanTheOnesInspected() {
        InspectedAttachment inspected = inspector.inspect(AttachmentFixtures.pdf("reviewed"));

        assertThatThrownBy(() -> store.store(caseId, messageId, writerId, "brief.pdf", AttachmentFixtures.pdf("swapped"),
                inspected, at))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.of(messageId)).isEmpty();
    }

    @Test
    void refusesToOpenAnAttachmentWhoseSealedBytesWereSwappedForAnotherOfTheSameWriter() {
        StoredAttachment first = store("eerste.pdf", AttachmentFixtures.pdf("eerste"));
        StoredAttachment second = store("tweede.pdf", AttachmentFixtures.pdf("tweede"));
        JdbcClient.create(database.superuser()).sql("""
                        update attachment set sealed_content = (select sealed_content from attachment where attachment_id = ?)
                        where attachment_id = ?
                        """)
                .params(second.attachmentId(), first.attachmentId())
                .update();

        assertThatThrownBy(() -> store.open(first.attachmentId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(first.attachmentId().toString());
    }

    private StoredAttachment store(String fileName, byte[] content) {
        return store.store(caseId, messageId, writerId, fileName, content, inspector.inspect(content), at);
    }

    /** One value of a row, and where it was found. */
    private record Cell(String where, byte[] value) {
    }

    /** Every value of every row of every table outside PostgreSQL's own catalogues, as a dump would hold it. */
    private static List<Cell> everyCellOfEveryTable() {
        JdbcClient superuser = JdbcClient.create(database.superuser());
        List<String> tables = superuser.sql("""
                        select format('%I.%I', schemaname, tablename) from pg_tables
                        where schemaname not in ('pg_catalog', 'information_schema')
                        """)
                .query(String.class)
                .list();
        assertThat(tables).contains("public.attachment", "public.subject_key");
        List<Cell> cells = new ArrayList<>();
        for (String table : tables) {
            superuser.sql("select * from " + table).query((ResultSet row) -> {
                ResultSetMetaData columns = row.getMetaData();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    Object value = row.getObject(column);
                    String where = table + "." + columns.getColumnName(column);
                    if (value instanceof byte[] bytes) {
                        cells.add(new Cell(where, bytes));
                    } else if (value != null) {
                        cells.add(new Cell(where, String.valueOf(value).getBytes(UTF_8)));
                    }
                }
            });
        }
        return cells;
    }

    private static List<String> cellsHolding(List<Cell> cells, String words) {
        return cells.stream().filter(cell -> contains(cell.value(), words)).map(Cell::where).distinct().toList();
    }

    private static List<Path> filesHolding(List<Path> files, String words) {
        return files.stream().filter(file -> contains(read(file), words)).toList();
    }

    private static List<Path> filesOf(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean contains(byte[] haystack, String words) {
        byte[] needle = words.getBytes(UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static MasterKey newMasterKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return MasterKey.fromBase64(Base64.getEncoder().encodeToString(generator.generateKey().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
