package nl.perspectief.messaging.correspondence.integration;

import java.util.Optional;

import nl.perspectief.deadletters.PoisonRecordException;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.cases.v1.CaseTopicPayload;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record of {@code cases.case-events.v1} into its contract. A type this version of shared-events does not
 * know is skipped (the producer may add types within the topic's version); anything unreadable is poison.
 */
final class CaseEventRecordReader {

    static final int SUPPORTED_SCHEMA_VERSION = 1;

    // unknown fields are ignored: producers may add fields within a version (additive changes)
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The envelope and its payload; empty for a type this service does not know. */
    Optional<Envelope<CaseTopicPayload>> read(byte[] value) {
        JsonNode envelope = parse(value);
        String type = envelope.path("type").asString(null);
        if (type == null) {
            throw new PoisonRecordException("record has no type");
        }
        Optional<Class<?>> payloadType = EventTypes.payloadTypeOf(type);
        if (payloadType.isEmpty()) {
            return Optional.empty();
        }
        if (!CaseTopicPayload.class.isAssignableFrom(payloadType.get())) {
            throw new PoisonRecordException("event type " + type + " does not belong on the case events topic");
        }
        if (envelope.path("schemaVersion").asInt(-1) != SUPPORTED_SCHEMA_VERSION) {
            throw new PoisonRecordException("unsupported schema version of " + type);
        }
        try {
            CaseTopicPayload payload = (CaseTopicPayload) JSON.treeToValue(envelope.path("payload"), payloadType.get());
            if (payload == null || payload.caseId() == null) {
                throw new PoisonRecordException("payload of " + type + " names no case");
            }
            Envelope<CaseTopicPayload> read = new Envelope<>(
                    JSON.treeToValue(envelope.path("eventId"), java.util.UUID.class), type, SUPPORTED_SCHEMA_VERSION,
                    JSON.treeToValue(envelope.path("occurredAt"), java.time.Instant.class),
                    JSON.treeToValue(envelope.path("correlationId"), java.util.UUID.class),
                    JSON.treeToValue(envelope.path("causationId"), java.util.UUID.class),
                    envelope.path("producer").asString(null), payload);
            return Optional.of(read);
        } catch (JacksonException | NullPointerException | IllegalArgumentException mismatch) {
            // the path names fields only; the parser's own message may quote the offending value
            throw new PoisonRecordException("envelope does not match " + type);
        }
    }

    private static JsonNode parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw new PoisonRecordException("record has no value");
        }
        try {
            JsonNode node = JSON.readTree(value);
            if (node == null || !node.isObject()) {
                throw new PoisonRecordException("record value is not a JSON object");
            }
            return node;
        } catch (JacksonException notJson) {
            throw new PoisonRecordException("record value is not JSON");
        }
    }
}
