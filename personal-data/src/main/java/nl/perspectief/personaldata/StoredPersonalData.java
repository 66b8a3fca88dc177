package nl.perspectief.personaldata;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored document (an event's payload as the event store holds it) as an auditor reads it: every encrypted
 * {@link PersonalData} envelope opened with its subject's key, and every envelope whose subject was erased replaced
 * by {@code {"erased": true, "subject": "<id>"}}, so the reader sees that something was there and is gone, and the
 * rest of the document is exactly as stored. The same envelopes and the same cipher as the serializer's.
 */
public final class StoredPersonalData {

    private static final JsonMapper CLEAR = JsonMapper.builder().build();

    private final SubjectKeys subjectKeys;

    public StoredPersonalData(SubjectKeys subjectKeys) {
        this.subjectKeys = subjectKeys;
    }

    /** A copy of {@code stored} with its personal data opened or marked as erased. */
    public JsonNode reveal(JsonNode stored) {
        if (isEnvelope(stored)) {
            return open(stored);
        }
        if (stored.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : stored.properties()) {
                copy.set(field.getKey(), reveal(field.getValue()));
            }
            return copy;
        }
        if (stored.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            stored.forEach(element -> copy.add(reveal(element)));
            return copy;
        }
        return stored;
    }

    private JsonNode open(JsonNode envelope) {
        UUID subject = UUID.fromString(envelope.get(EncryptingPropertyWriter.SUBJECT).stringValue());
        Optional<SecretKey> key = subjectKeys.existingKeyOf(subject);
        if (key.isEmpty()) {
            return JsonNodeFactory.instance.objectNode().put("erased", true).put("subject", subject.toString());
        }
        byte[] sealed = Base64.getDecoder().decode(envelope.get(EncryptingPropertyWriter.CIPHERTEXT).stringValue());
        byte[] clear = AesGcm.open(key.get(), sealed, subject);
        try (JsonParser parser = CLEAR.createParser(clear)) {
            return CLEAR.readTree(parser);
        }
    }

    private static boolean isEnvelope(JsonNode node) {
        return node.isObject() && node.size() == 2
                && node.path(EncryptingPropertyWriter.SUBJECT).isString()
                && node.path(EncryptingPropertyWriter.CIPHERTEXT).isString();
    }
}
