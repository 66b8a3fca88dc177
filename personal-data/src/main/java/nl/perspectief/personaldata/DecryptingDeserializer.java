package nl.perspectief.personaldata;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/** Reads a {@link PersonalData} envelope back into the property's declared type, or null once the subject is erased. */
final class DecryptingDeserializer extends ValueDeserializer<Object> {

    private final SubjectKeys subjectKeys;
    private final JavaType valueType;

    DecryptingDeserializer(SubjectKeys subjectKeys, JavaType valueType) {
        this.subjectKeys = subjectKeys;
        this.valueType = valueType;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        // the property knows the declared type best (a setter's parameter, a generic component)
        return property == null || property.getType().equals(valueType)
                ? this
                : new DecryptingDeserializer(subjectKeys, property.getType());
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            // clear data must not slip in where encrypted data belongs
            return ctxt.reportInputMismatch(this, "personal data of type %s must be an encrypted envelope "
                    + "{\"subject\",\"ciphertext\"}, but found %s", valueType, p.currentToken());
        }
        JsonNode envelope = ctxt.readTree(p);
        JsonNode subjectNode = envelope.get(EncryptingPropertyWriter.SUBJECT);
        JsonNode ciphertextNode = envelope.get(EncryptingPropertyWriter.CIPHERTEXT);
        if (envelope.size() != 2 || subjectNode == null || !subjectNode.isString()
                || ciphertextNode == null || !ciphertextNode.isString()) {
            return ctxt.reportInputMismatch(this, "personal data of type %s must be an encrypted envelope "
                    + "with exactly the string fields \"subject\" and \"ciphertext\"", valueType);
        }
        UUID subject;
        byte[] sealed;
        try {
            subject = UUID.fromString(subjectNode.stringValue());
            sealed = Base64.getDecoder().decode(ciphertextNode.stringValue());
        } catch (IllegalArgumentException malformed) {
            return ctxt.reportInputMismatch(this, "encrypted personal data has a malformed subject or ciphertext");
        }
        Optional<SecretKey> key = subjectKeys.existingKeyOf(subject);
        if (key.isEmpty()) {
            // the subject was erased (or its key never reached this service): the value is gone
            return null;
        }
        byte[] clear = AesGcm.open(key.get(), sealed, subject);
        try (JsonParser clearParser = EncryptingPropertyWriter.CLEAR_TEXT_FORMAT.createParser(ctxt, clear)) {
            clearParser.nextToken();
            return ctxt.readValue(clearParser, valueType);
        }
    }
}
