package nl.perspectief.messaging.attachments;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.springframework.util.unit.DataSize;

/**
 * Tiny but real files of each kind, written here by the JDK's own writers where it has one (ImageIO, AudioSystem) and
 * otherwise as the first bytes their formats begin with: enough for detection by content, which reads no further.
 */
final class AttachmentFixtures {

    /** Words that must never be found in clear in the database. */
    static final String CANARY = "Kanarie Zwavelgeel schreef deze brief";
    static final String CANARY_FILE_NAME = "brief-van-Kanarie-Zwavelgeel.pdf";

    private AttachmentFixtures() {
    }

    /** The limits. */
    static AttachmentSettings defaultSettings() {
        return new AttachmentSettings(DataSize.ofMegabytes(20), DataSize.ofMegabytes(100), DataSize.ofMegabytes(200), 10);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\n"
                + "endobj\n3 0 obj\n<< /Length " + (text.length() + 20) + " >>\nstream\nBT (" + text + ") Tj ET\n"
                + "endstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(US_ASCII);
    }

    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        return image("jpg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] gif() {
        return image("gif", BufferedImage.TYPE_INT_RGB);
    }

    /** One second of silence, 8 kHz mono 16-bit PCM, written as WAVE by javax.sound. */
    static byte[] wav() {
        AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
        byte[] silence = new byte[16000];
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(silence), format, 8000);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MPEG-1 layer III frames (128 kbit/s, 44.1 kHz) of silence, without an ID3 tag. */
    static byte[] mp3() {
        byte[] frame = new byte[417];
        frame[0] = (byte) 0xFF;
        frame[1] = (byte) 0xFB;
        frame[2] = (byte) 0x90;
        frame[3] = (byte) 0x64;
        return concat(frame, frame, frame);
    }

    /** An ISO base media file (MP4, M4A, QuickTime, HEIC) begins with its ftyp box naming its major brand. */
    static byte[] isoMedia(String majorBrand) {
        byte[] ftyp = concat(new byte[] {0, 0, 0, 0x18}, "ftyp".getBytes(US_ASCII), majorBrand.getBytes(US_ASCII),
                new byte[] {0, 0, 2, 0}, majorBrand.getBytes(US_ASCII), "mp41".getBytes(US_ASCII));
        byte[] mdat = concat(new byte[] {0, 0, 0, 0x10}, "mdat".getBytes(US_ASCII), new byte[8]);
        return concat(ftyp, mdat);
    }

    /** The first Ogg page of a stream, whose first packet names the codec (OpusHead, \u0001vorbis, ...). */
    static byte[] ogg(byte[] firstPacket) {
        byte[] header = new byte[28];
        System.arraycopy("OggS".getBytes(US_ASCII), 0, header, 0, 4);
        header[5] = 0x02;
        header[26] = 1;
        header[27] = (byte) firstPacket.length;
        return concat(header, firstPacket, new byte[64]);
    }

    static byte[] opus() {
        return ogg(concat("OpusHead".getBytes(US_ASCII), new byte[] {1, 1, 0x38, 1, (byte) 0x80, (byte) 0xBB, 0, 0, 0, 0, 0}));
    }

    static byte[] vorbis() {
        return ogg(concat(new byte[] {1}, "vorbis".getBytes(US_ASCII), new byte[23]));
    }

    static byte[] speex() {
        return ogg(concat("Speex   1.2.0".getBytes(US_ASCII), new byte[67]));
    }

    static byte[] oggFlac() {
        return ogg(concat(new byte[] {0x7F}, "FLAC".getBytes(US_ASCII), new byte[] {1, 0, 0, 1}, "fLaC".getBytes(US_ASCII),
                new byte[38]));
    }

    /** An EBML header as Chrome's MediaRecorder writes it: DocType "webm" after the version elements. */
    static byte[] webm() {
        return ebml("webm");
    }

    static byte[] matroska() {
        return ebml("matroska");
    }

    static byte[] text(String words) {
        return words.getBytes(UTF_8);
    }

    static byte[] windowsExecutable() {
        byte[] dosHeader = new byte[128];
        dosHeader[0] = 'M';
        dosHeader[1] = 'Z';
        dosHeader[0x3C] = (byte) 0x80;
        return concat(dosHeader, "PE\0\0".getBytes(US_ASCII), new byte[64],
                "This program cannot be run in DOS mode.".getBytes(US_ASCII));
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("brief.pdf"));
            zip.write(pdf("in een zip"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] htmlWithScript() {
        return text("<!DOCTYPE html>\n<html><head><title>Brief</title></head><body><script>fetch('/api')</script></body></html>\n");
    }

    static byte[] svgWithScript() {
        return text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" "
                + "height=\"8\"><script>fetch('/api')</script><rect width=\"8\" height=\"8\"/></svg>\n");
    }

    /** The file padded with zeros to exactly {@code size} bytes: still the same kind, by its first bytes. */
    static byte[] padded(byte[] file, long size) {
        byte[] padded = new byte[Math.toIntExact(size)];
        System.arraycopy(file, 0, padded, 0, Math.min(file.length, padded.length));
        return padded;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] image(String format, int type) {
        BufferedImage image = new BufferedImage(8, 8, type);
        Graphics2D pen = image.createGraphics();
        pen.setColor(Color.ORANGE);
        pen.fillRect(2, 2, 4, 4);
        pen.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("ImageIO cannot write " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] ebml(String docType) {
        byte[] docTypeElement = concat(new byte[] {0x42, (byte) 0x82, (byte) (0x80 | docType.length())},
                docType.getBytes(US_ASCII));
        byte[] body = concat(
                new byte[] {0x42, (byte) 0x86, (byte) 0x81, 1},
                new byte[] {0x42, (byte) 0xF7, (byte) 0x81, 1},
                new byte[] {0x42, (byte) 0xF2, (byte) 0x81, 4},
                new byte[] {0x42, (byte) 0xF3, (byte) 0x81, 8},
                docTypeElement,
                new byte[] {0x42, (byte) 0x87, (byte) 0x81, 4},
                new byte[] {0x42, (byte) 0x85, (byte) 0x81, 2});
        byte[] header = concat(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | body.length)}, body);
        byte[] segment = {0x18, 0x53, (byte) 0x80, 0x67, 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        return concat(header, segment, new byte[64]);
    }
}
