package nl.perspectief.cases.casefile.integration;

import java.util.Optional;

import nl.perspectief.deadletters.PoisonRecordException;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.messaging.v1.CorrespondenceTopicPayload;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record of {@code messaging.correspondence-events.v1} into its contract, envelope first: a type this version
 * of the contract does not know, within the version it reads, is none of its business (messaging-service may add
 * types to the topic) and is skipped; anything else it cannot read is poison, and says why without quoting it.
 */
final class CorrespondenceRecordReader {

    static final int SUPPORTED_SCHEMA_VERSION = 1;

    // unknown fields are ignored: producers may add fields within a version (additive changes)
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The record's envelope, its payload checked against the contract; empty for a type to skip. */
    Optional<Envelope<? extends CorrespondenceTopicPayload>> read(byte[] value) {
        JsonNode envelope = parse(value);
        JsonNode type = envelope.path("type");
        if (!type.isString()) {
            throw new PoisonRecordException("record has no event type");
        }
        if (envelope.path("schemaVersion").asInt(-1) != SUPPORTED_SCHEMA_VERSION) {
            throw new PoisonRecordException("unsupported schema version");
        }
        Optional<Class<?>> payloadType = EventTypes.payloadTypeOf(type.asString());
        if (payloadType.isEmpty()) {
            return Optional.empty();
        }
        if (!CorrespondenceTopicPayload.class.isAssignableFrom(payloadType.get())) {
            throw new PoisonRecordException("an event type of another topic on the correspondence topic");
        }
        return Optional.of(toEnvelope(envelope, payloadType.get()));
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

    private static Envelope<? extends CorrespondenceTopicPayload> toEnvelope(JsonNode envelope, Class<?> payloadType) {
        try {
            // the payload records refuse a missing field themselves, so what is read is whole
            return JSON.readerFor(JSON.getTypeFactory().constructParametricType(Envelope.class, payloadType))
                    .readValue(envelope);
        } catch (JacksonException mismatch) {
            // the path names fields only; the parser's own message may quote the offending value
            throw new PoisonRecordException("envelope does not match " + payloadType.getSimpleName() + ".v1 at "
                    + mismatch.getPathReference());
        }
    }
}
