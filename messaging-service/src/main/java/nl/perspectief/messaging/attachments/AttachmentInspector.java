package nl.perspectief.messaging.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is by its bytes, with Apache Tika's magic-byte detection (tika-core, no parsers: nothing in
 * the file is interpreted beyond its first bytes), and whether it may be attached to a message. It is never told the
 * file's name or the Content-Type the browser declared, so neither can change its answer: a text renamed
 * {@code brief.pdf} is text, an executable called {@code foto.jpg} is an executable.
 * <p>
 * Accepted, by the type detected:
 * <ul>
 * <li>documents: {@code application/pdf};</li>
 * <li>images: {@code image/jpeg}, {@code image/png}, {@code image/heic} and {@code image/heif} (what phones take).
 * Not GIF: scans and photos come as JPEG, PNG or HEIC, and an animated GIF shows the mediator who reviews it one frame
 * at a time. Not SVG: it is XML that may carry script;</li>
 * <li>audio: {@code audio/mpeg} (MP3), {@code audio/mp4} (M4A), the Ogg audio family as Tika names it
 * ({@code audio/ogg}, {@code audio/vorbis}, {@code audio/opus}, {@code audio/speex}, {@code audio/x-oggflac}) and
 * {@code audio/vnd.wave} (WAV, alias {@code audio/x-wav}). A bare {@code application/ogg}, an Ogg stream whose codec
 * Tika does not recognise, is refused;</li>
 * <li>video: {@code video/mp4}, {@code video/quicktime} (what iPhones record) and {@code video/webm} (what browsers
 * record, audio-only recordings too: WebM does not say in its first bytes whether it holds a picture).</li>
 * </ul>
 * Documents and images may be {@link AttachmentSettings#documentsAndImagesMax()}, audio
 * {@link AttachmentSettings#audioMax()}, video {@link AttachmentSettings#videoMax()}; an empty file is refused.
 */
@Component
public class AttachmentInspector {

    private static final long MEGABYTE = 1024L * 1024L;

    /** tika-core's type database with this package's two additions (attachment-mimetypes.xml, which says why). */
    private static final MimeTypes TYPES = loadTypes();

    private static final Map<String, Kind> ACCEPTED = Map.ofEntries(
            Map.entry("application/pdf", Kind.DOCUMENT),
            Map.entry("image/jpeg", Kind.IMAGE),
            Map.entry("image/png", Kind.IMAGE),
            Map.entry("image/heic", Kind.IMAGE),
            Map.entry("image/heif", Kind.IMAGE),
            Map.entry("audio/mpeg", Kind.AUDIO),
            Map.entry("audio/mp4", Kind.AUDIO),
            Map.entry("audio/ogg", Kind.AUDIO),
            Map.entry("audio/vorbis", Kind.AUDIO),
            Map.entry("audio/opus", Kind.AUDIO),
            Map.entry("audio/speex", Kind.AUDIO),
            Map.entry("audio/x-oggflac", Kind.AUDIO),
            Map.entry("audio/vnd.wave", Kind.AUDIO),
            Map.entry("video/mp4", Kind.VIDEO),
            Map.entry("video/quicktime", Kind.VIDEO),
            Map.entry("video/webm", Kind.VIDEO));

    private static final String ACCEPTED_IN_WORDS = "PDF documents, JPEG, PNG and HEIC images, MP3, M4A, Ogg and WAV "
            + "audio, and MP4, QuickTime and WebM video";

    private final AttachmentSettings settings;

    public AttachmentInspector(AttachmentSettings settings) {
        this.settings = settings;
    }

    /**
     * The type, size and digest of an upload that may be attached.
     *
     * @throws AttachmentRefusedException {@code AttachmentEmpty}, {@code AttachmentType} or {@code AttachmentSize}
     */
    public InspectedAttachment inspect(byte[] content) {
        if (content == null || content.length == 0) {
            throw new AttachmentRefusedException(AttachmentRefusedException.Rule.EMPTY, "an attachment must not be empty");
        }
        String mediaType = detect(content);
        Kind kind = ACCEPTED.get(mediaType);
        if (kind == null) {
            throw new AttachmentRefusedException(AttachmentRefusedException.Rule.TYPE,
                    "the content is " + mediaType + ", which cannot be attached; accepted are " + ACCEPTED_IN_WORDS);
        }
        long limit = kind.limit(settings);
        if (content.length > limit) {
            throw new AttachmentRefusedException(AttachmentRefusedException.Rule.SIZE,
                    kind.inWords + " may be at most " + inMegabytes(limit) + ", this one is " + inMegabytes(content.length));
        }
        return new InspectedAttachment(mediaType, content.length, sha256(content));
    }

    /**
     * Refuses a message version that would carry more attachments than allowed; call it before inspecting any.
     *
     * @throws AttachmentRefusedException {@code AttachmentCount}
     */
    public void checkCount(int attachments) {
        if (attachments > settings.perMessageMax()) {
            throw new AttachmentRefusedException(AttachmentRefusedException.Rule.COUNT, "a message may carry at most "
                    + settings.perMessageMax() + " attachments, this one would carry " + attachments);
        }
    }

    private static String detect(byte[] content) {
        try (InputStream bytes = new ByteArrayInputStream(content)) {
            // empty metadata: no resource name and no declared Content-Type for Tika to fall back on
            MediaType detected = TYPES.detect(bytes, new Metadata());
            return TYPES.getMediaTypeRegistry().normalize(detected).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }

    private static String inMegabytes(long bytes) {
        if (bytes % MEGABYTE == 0) {
            return bytes / MEGABYTE + " MB";
        }
        if (bytes < MEGABYTE) {
            return bytes + " bytes";
        }
        // rounded up, so a file just over a limit never reads as the limit itself
        return String.format(Locale.ROOT, "%.1f MB", Math.ceil(bytes * 10.0 / MEGABYTE) / 10);
    }

    private static MimeTypes loadTypes() {
        try {
            return MimeTypesFactory.create(MimeTypes.class.getResource("tika-mimetypes.xml"),
                    AttachmentInspector.class.getResource("attachment-mimetypes.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MimeTypeException e) {
            throw new IllegalStateException("Tika's media types or attachment-mimetypes.xml cannot be read", e);
        }
    }

    private enum Kind {
        DOCUMENT("a PDF document"),
        IMAGE("an image"),
        AUDIO("an audio recording"),
        VIDEO("a video");

        private final String inWords;

        Kind(String inWords) {
            this.inWords = inWords;
        }

        long limit(AttachmentSettings settings) {
            return switch (this) {
                case DOCUMENT, IMAGE -> settings.documentsAndImagesMax().toBytes();
                case AUDIO -> settings.audioMax().toBytes();
                case VIDEO -> settings.videoMax().toBytes();
            };
        }
    }
}
