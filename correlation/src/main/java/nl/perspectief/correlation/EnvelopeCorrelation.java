package nl.perspectief.correlation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

/**
 * The correlation id on Kafka: the record header {@link CorrelationId#HEADER} carries it as it is, the envelope's
 * {@code correlationId} field (a UUID by contract) carries it as a UUID. Ids this platform makes are UUIDs and stand
 * in both unchanged; a caller's own id that is no UUID stands in the envelope as the name-based UUID of it, the
 * same on every republication.
 */
public final class EnvelopeCorrelation {

    private EnvelopeCorrelation() {
    }

    /** The id as the envelope's {@code correlationId}. */
    public static UUID asUuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException notAUuid) {
            // below
        }
        return UUID.nameUUIDFromBytes(id.getBytes(StandardCharsets.UTF_8));
    }

    /** The id as the record header's value. */
    public static byte[] asHeader(String id) {
        return id.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The id a consumer continues with: the record header's when it is one a log line may hold, else the envelope's
     * (records from before the header existed), else a new one.
     */
    public static String continueFrom(byte[] header, UUID envelopeCorrelationId) {
        return fromHeader(header).orElseGet(() ->
                envelopeCorrelationId != null ? envelopeCorrelationId.toString() : CorrelationId.newId());
    }

    /** The record header's id, when there is one a log line may hold. */
    public static Optional<String> fromHeader(byte[] header) {
        if (header == null) {
            return Optional.empty();
        }
        String id = new String(header, StandardCharsets.UTF_8);
        return CorrelationId.isAcceptable(id) ? Optional.of(id) : Optional.empty();
    }
}
