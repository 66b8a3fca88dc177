package nl.perspectief.personaldata;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.BeanPropertyWriter;

/** Writes a {@link PersonalData} property as an envelope encrypted with the key of the subject in the same bean. */
final class EncryptingPropertyWriter extends BeanPropertyWriter {

    static final String SUBJECT = "subject";
    static final String CIPHERTEXT = "ciphertext";
    // the clear text is always JSON, whatever format the outer mapper writes
    static final JsonFactory CLEAR_TEXT_FORMAT = new JsonFactory();

    private final BeanPropertyWriter subjectWriter;
    private final transient SubjectKeys subjectKeys;

    EncryptingPropertyWriter(BeanPropertyWriter personal, BeanPropertyWriter subjectWriter, SubjectKeys subjectKeys) {
        super(personal);
        this.subjectWriter = subjectWriter;
        this.subjectKeys = subjectKeys;
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName newName) {
        // a renamed property (naming strategy, prefix) must stay encrypted
        return new EncryptingPropertyWriter(super._new(newName), subjectWriter, subjectKeys);
    }

    @Override
    public void serializeAsProperty(Object bean, JsonGenerator gen, SerializationContext ctxt) throws Exception {
        Object value = get(bean);
        if (value == null) {
            // null carries no personal data and needs no key: Jackson's own null handling applies
            super.serializeAsProperty(bean, gen, ctxt);
            return;
        }
        gen.writeName(_name);
        writeEnvelope(bean, value, gen, ctxt);
    }

    @Override
    public void serializeAsElement(Object bean, JsonGenerator gen, SerializationContext ctxt) throws Exception {
        Object value = get(bean);
        if (value == null) {
            super.serializeAsElement(bean, gen, ctxt);
            return;
        }
        writeEnvelope(bean, value, gen, ctxt);
    }

    private void writeEnvelope(Object bean, Object value, JsonGenerator gen, SerializationContext ctxt) throws Exception {
        UUID subject = subjectOf(bean);
        byte[] sealed = AesGcm.seal(subjectKeys.keyFor(subject), clearTextOf(value, ctxt), subject);
        gen.writeStartObject();
        gen.writeStringProperty(SUBJECT, subject.toString());
        gen.writeStringProperty(CIPHERTEXT, Base64.getEncoder().encodeToString(sealed));
        gen.writeEndObject();
    }

    /** The value's JSON, written by the caller's own context so its modules and settings apply to nested values. */
    private static byte[] clearTextOf(Object value, SerializationContext ctxt) {
        ByteArrayOutputStream clear = new ByteArrayOutputStream(128);
        try (JsonGenerator clearGen = CLEAR_TEXT_FORMAT.createGenerator(ctxt, clear)) {
            ctxt.findTypedValueSerializer(value.getClass(), true).serialize(value, clearGen, ctxt);
        }
        return clear.toByteArray();
    }

    private UUID subjectOf(Object bean) throws Exception {
        Object subject = subjectWriter.get(bean);
        if (subject instanceof UUID id) {
            return id;
        }
        if (subject instanceof String text) {
            return UUID.fromString(text);
        }
        throw new IllegalStateException("personal property " + bean.getClass().getName() + "." + getName()
                + " cannot be encrypted: its subject '" + subjectWriter.getName() + "' is "
                + (subject == null ? "null" : "not a UUID but a " + subject.getClass().getName()));
    }
}
