package nl.perspectief.accesslog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of a record: SHA-256 over a canonical encoding that an auditor can recompute with psql
 * alone (access-log/README.md has the query). Fields in a fixed order, each as text, each prefixed
 * with its length in UTF-8 bytes as a 4-byte big-endian integer, so no two different records encode
 * alike; {@code null} is the length -1 and no bytes, unlike an empty text.
 */
final class ChainHash {

    /** Field 0, so a later encoding can never be mistaken for this one. */
    static final String VERSION = "perspectief.access-log.v1";
    static final int LENGTH = 32;
    static final byte[] GENESIS = new byte[LENGTH];

    private ChainHash() {
    }

    static byte[] of(ChainedRecord record) {
        Encoding encoding = new Encoding();
        encoding.text(VERSION);
        encoding.text(Long.toString(record.position()));
        encoding.text(record.recordId().toString());
        // microseconds since the epoch: what timestamptz keeps, and what psql's extract(epoch) gives back exactly
        encoding.text(Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, record.occurredAt())));
        encoding.text(record.actorSubject());
        encoding.text(record.actorRole());
        encoding.text(record.service());
        encoding.text(textOf(record.caseId()));
        encoding.text(record.resource());
        encoding.text(Boolean.toString(record.breakGlass()));
        encoding.text(textOf(record.breakGlassGrantId()));
        encoding.text(record.outcome());
        encoding.text(record.requestId());
        encoding.bytes(record.previousHash());
        return sha256(encoding.toByteArray());
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static String textOf(UUID id) {
        return id == null ? null : id.toString();
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static final class Encoding {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

        void text(String value) {
            bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] value) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
            if (value != null) {
                out.writeBytes(value);
            }
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
