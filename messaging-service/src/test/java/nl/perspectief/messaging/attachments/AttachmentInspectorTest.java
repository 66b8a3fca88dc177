package nl.perspectief.messaging.attachments;

import static nl.perspectief.messaging.attachments.AttachmentFixtures.CANARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

import nl.perspectief.messaging.attachments.AttachmentRefusedException.Rule;

class AttachmentInspectorTest {

    private final AttachmentInspector inspector = new AttachmentInspector(AttachmentFixtures.defaultSettings());

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                arguments("a PDF", AttachmentFixtures.pdf("Beste mevrouw"), "application/pdf"),
                arguments("a PNG written by ImageIO", AttachmentFixtures.png(), "image/png"),
                arguments("a JPEG written by ImageIO", AttachmentFixtures.jpeg(), "image/jpeg"),
                arguments("an iPhone's HEIC photo", AttachmentFixtures.isoMedia("heic"), "image/heic"),
                arguments("a HEIF photo", AttachmentFixtures.isoMedia("mif1"), "image/heif"),
                arguments("a WAV written by javax.sound", AttachmentFixtures.wav(), "audio/vnd.wave"),
                arguments("an MP3", AttachmentFixtures.mp3(), "audio/mpeg"),
                arguments("an M4A voice memo", AttachmentFixtures.isoMedia("M4A "), "audio/mp4"),
                arguments("an Ogg Vorbis recording", AttachmentFixtures.vorbis(), "audio/vorbis"),
                arguments("an Ogg Opus voice note", AttachmentFixtures.opus(), "audio/opus"),
                arguments("an Ogg Speex recording", AttachmentFixtures.speex(), "audio/speex"),
                arguments("an Ogg FLAC recording", AttachmentFixtures.oggFlac(), "audio/x-oggflac"),
                arguments("an MP4 video (brand mp42)", AttachmentFixtures.isoMedia("mp42"), "video/mp4"),
                arguments("an MP4 video (brand isom)", AttachmentFixtures.isoMedia("isom"), "video/mp4"),
                arguments("an iPhone's QuickTime video", AttachmentFixtures.isoMedia("qt  "), "video/quicktime"),
                arguments("a browser's WebM recording", AttachmentFixtures.webm(), "video/webm"));
    }

    @ParameterizedTest(name = "{0} is {2}")
    @MethodSource("acceptedFiles")
    void acceptsEachAllowedKindDetectedFromItsBytes(String description, byte[] file, String mediaType) {
        assertThat(inspector.inspect(file).mediaType()).isEqualTo(mediaType);
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                arguments("a text renamed .pdf", AttachmentFixtures.text("Dit is geen PDF. " + CANARY), "text/plain"),
                arguments("a Windows executable", AttachmentFixtures.windowsExecutable(), "application/x-msdownload"),
                arguments("a zip", AttachmentFixtures.zip(), "application/zip"),
                arguments("an HTML page with script", AttachmentFixtures.htmlWithScript(), "text/html"),
                arguments("an SVG with script", AttachmentFixtures.svgWithScript(), "image/svg+xml"),
                arguments("a GIF", AttachmentFixtures.gif(), "image/gif"),
                arguments("a Matroska video that is not WebM", AttachmentFixtures.matroska(), "application/x-matroska"),
                arguments("an Ogg stream of no known audio codec", AttachmentFixtures.ogg(new byte[] {1, 2, 3}),
                        "application/ogg"));
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("refusedFiles")
    void refusesWhatIsNotAnAllowedKind(String description, byte[] file, String detected) {
        AttachmentRefusedException refused = catchThrowableOfType(AttachmentRefusedException.class,
                () -> inspector.inspect(file));

        assertThat(refused.rule()).isEqualTo(Rule.TYPE);
        assertThat(refused.getMessage()).startsWith("AttachmentType: the content is " + detected + ",")
                .doesNotContain(CANARY).doesNotContain("fetch(");
    }

    @Test
    void givesTheSizeAndTheSha256OfTheBytes() throws Exception {
        byte[] letter = AttachmentFixtures.pdf("Beste meneer");

        InspectedAttachment inspected = inspector.inspect(letter);

        assertThat(inspected.size()).isEqualTo(letter.length);
        assertThat(inspected.sha256())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void decidesByTheBytesWhateverTheFileIsCalled() {
        // as a multipart request brings them: a name beside the bytes, which the inspector is never given
        Map<String, byte[]> uploads = Map.of(
                "brief.pdf", AttachmentFixtures.png(),
                "foto.png", AttachmentFixtures.pdf("Beste mevrouw"),
                "brief.txt.pdf", AttachmentFixtures.text("%PDF? Nee, tekst."));

        assertThat(inspector.inspect(uploads.get("brief.pdf")).mediaType()).isEqualTo("image/png");
        assertThat(inspector.inspect(uploads.get("foto.png")).mediaType()).isEqualTo("application/pdf");
        assertThat(catchThrowableOfType(AttachmentRefusedException.class,
                () -> inspector.inspect(uploads.get("brief.txt.pdf"))).rule()).isEqualTo(Rule.TYPE);
    }

    @Test
    void refusesAnEmptyFile() {
        AttachmentRefusedException refused = catchThrowableOfType(AttachmentRefusedException.class,
                () -> inspector.inspect(new byte[0]));

        assertThat(refused.rule()).isEqualTo(Rule.EMPTY);
        assertThat(refused.getMessage()).startsWith("AttachmentEmpty:");
    }

    @Test
    void refusesADocumentOverItsLimitNamingTheLimitNeverTheContent() {
        byte[] tooLarge = AttachmentFixtures.padded(AttachmentFixtures.pdf(CANARY), DataSize.ofMegabytes(20).toBytes() + 1);

        AttachmentRefusedException refused = catchThrowableOfType(AttachmentRefusedException.class,
                () -> inspector.inspect(tooLarge));

        assertThat(refused.rule()).isEqualTo(Rule.SIZE);
        assertThat(refused.getMessage())
                .isEqualTo("AttachmentSize: a PDF document may be at most 20 MB, this one is 20.1 MB")
                .doesNotContain(CANARY);
    }

    @Test
    void acceptsAFileOfExactlyItsLimit() {
        byte[] atTheLimit = AttachmentFixtures.padded(AttachmentFixtures.png(), DataSize.ofMegabytes(20).toBytes());

        assertThat(inspector.inspect(atTheLimit).size()).isEqualTo(DataSize.ofMegabytes(20).toBytes());
    }

    @Test
    void measuresEachKindAgainstItsOwnLimit() {
        AttachmentInspector small = new AttachmentInspector(new AttachmentSettings(DataSize.ofKilobytes(1),
                DataSize.ofKilobytes(2), DataSize.ofKilobytes(4), 10));
        long threeKilobytes = DataSize.ofKilobytes(3).toBytes();

        assertThat(catchThrowableOfType(AttachmentRefusedException.class,
                () -> small.inspect(AttachmentFixtures.padded(AttachmentFixtures.pdf("brief"), threeKilobytes))).getMessage())
                .isEqualTo("AttachmentSize: a PDF document may be at most 1024 bytes, this one is 3072 bytes");
        assertThat(catchThrowableOfType(AttachmentRefusedException.class,
                () -> small.inspect(AttachmentFixtures.padded(AttachmentFixtures.wav(), threeKilobytes))).getMessage())
                .isEqualTo("AttachmentSize: an audio recording may be at most 2048 bytes, this one is 3072 bytes");
        assertThat(small.inspect(AttachmentFixtures.padded(AttachmentFixtures.webm(), threeKilobytes)).mediaType())
                .isEqualTo("video/webm");
    }

    @Test
    void refusesMoreAttachmentsThanAMessageMayCarry() {
        assertThatCode(() -> inspector.checkCount(10)).doesNotThrowAnyException();

        AttachmentRefusedException refused = catchThrowableOfType(AttachmentRefusedException.class,
                () -> inspector.checkCount(11));

        assertThat(refused.rule()).isEqualTo(Rule.COUNT);
        assertThat(refused.getMessage())
                .isEqualTo("AttachmentCount: a message may carry at most 10 attachments, this one would carry 11");
    }

    @Test
    void publishesEachRuleUnderItsName() {
        assertThat(Stream.of(Rule.values()).map(Rule::publishedName))
                .containsExactly("AttachmentType", "AttachmentSize", "AttachmentEmpty", "AttachmentCount");
    }

    @Test
    void hasTheIssuesLimitsWhenNothingIsSet() {
        AttachmentSettings settings = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("perspectief.messaging.attachments", AttachmentSettings.class);

        assertThat(settings).isEqualTo(AttachmentFixtures.defaultSettings());
    }

    @Test
    void readsItsLimitsFromTheSettings() {
        AttachmentSettings settings = new Binder(new MapConfigurationPropertySource(Map.of(
                "perspectief.messaging.attachments.documents-and-images-max", "10MB",
                "perspectief.messaging.attachments.audio-max", "50MB",
                "perspectief.messaging.attachments.video-max", "100MB",
                "perspectief.messaging.attachments.per-message-max", "5")))
                .bindOrCreate("perspectief.messaging.attachments", AttachmentSettings.class);

        assertThat(settings).isEqualTo(new AttachmentSettings(DataSize.ofMegabytes(10), DataSize.ofMegabytes(50),
                DataSize.ofMegabytes(100), 5));
    }
}
