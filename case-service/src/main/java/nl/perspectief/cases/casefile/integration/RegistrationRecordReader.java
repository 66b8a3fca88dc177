package nl.perspectief.cases.casefile.integration;

import java.util.Optional;

import nl.perspectief.deadletters.PoisonRecordException;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.intake.v1.RegistrationSubmitted;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/** Reads a record of {@code intake.registrations.v1} into its contract, or says why it is poison. */
final class RegistrationRecordReader {

    static final int SUPPORTED_SCHEMA_VERSION = 1;

    // unknown fields are ignored: producers may add fields within a version (additive changes)
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectReader ENVELOPE = JSON.readerFor(new TypeReference<Envelope<RegistrationSubmitted>>() {
    });

    RegistrationSubmitted read(byte[] value) {
        return readEnvelope(value).payload();
    }

    /** The whole envelope, its payload checked against the contract. */
    Envelope<RegistrationSubmitted> readEnvelope(byte[] value) {
        JsonNode envelope = parse(value);
        String type = envelope.path("type").asString(null);
        Optional<Class<?>> payloadType = type == null ? Optional.empty() : EventTypes.payloadTypeOf(type);
        if (payloadType.filter(RegistrationSubmitted.class::equals).isEmpty()) {
            throw new PoisonRecordException("unknown event type on the registrations topic");
        }
        if (envelope.path("schemaVersion").asInt(-1) != SUPPORTED_SCHEMA_VERSION) {
            throw new PoisonRecordException("unsupported schema version of " + type);
        }
        Envelope<RegistrationSubmitted> read = toEnvelope(envelope);
        requireContract(read.payload());
        return read;
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

    private static Envelope<RegistrationSubmitted> toEnvelope(JsonNode envelope) {
        try {
            return ENVELOPE.readValue(envelope);
        } catch (JacksonException mismatch) {
            // the path names fields only; the parser's own message may quote the offending value
            throw new PoisonRecordException("envelope does not match RegistrationSubmitted.v1 at "
                    + mismatch.getPathReference());
        }
    }

    private static RegistrationSubmitted requireContract(RegistrationSubmitted registration) {
        require(registration.registrationId() != null, "payload.registrationId");
        require(registration.reference() != null, "payload.reference");
        require(registration.submittedAt() != null, "payload.submittedAt");
        require(registration.source() != null, "payload.source");
        require(registration.applicant() != null, "payload.applicant");
        require(registration.incident() != null, "payload.incident");
        require(registration.otherParty() != null, "payload.otherParty");
        return registration;
    }

    private static void require(boolean present, String field) {
        if (!present) {
            throw new PoisonRecordException("required " + field + " is missing");
        }
    }
}
