package nl.perspectief.personaldata;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Jackson 3 module that encrypts every property marked {@link PersonalData} with its data subject's
 * key, so whatever a mapper with this module writes (Axon events, snapshots, dead letters,
 * read-model documents) holds no personal data in clear.
 *
 * <p>Wire format of a personal property: {@code {"subject":"<uuid>","ciphertext":"<base64 of iv||ciphertext+tag>"}},
 * where the clear text is the property's own JSON. Reading a shredded subject's property gives
 * {@code null}; a clear value, a tampered ciphertext or a ciphertext of another subject is refused.
 */
public class PersonalDataModule extends JacksonModule {

    private final SubjectKeys subjectKeys;

    public PersonalDataModule(SubjectKeys subjectKeys) {
        this.subjectKeys = subjectKeys;
    }

    @Override
    public String getModuleName() {
        return "perspectief-personal-data";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        // writing needs the subject id from the same object: only a property writer sees the whole bean
        context.addSerializerModifier(new EncryptingWriters(subjectKeys));
        // reading finds the subject in the envelope itself; the annotation also reaches record
        // constructor parameters, which a deserializer modifier would not see
        context.insertAnnotationIntrospector(new DecryptingIntrospector(subjectKeys));
    }

    private static final class EncryptingWriters extends ValueSerializerModifier {

        private final transient SubjectKeys subjectKeys;

        EncryptingWriters(SubjectKeys subjectKeys) {
            this.subjectKeys = subjectKeys;
        }

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
                                                         BeanDescription.Supplier beanDesc,
                                                         List<BeanPropertyWriter> properties) {
            if (properties.stream().noneMatch(p -> p.getAnnotation(PersonalData.class) != null)) {
                return properties;
            }
            List<BeanPropertyWriter> changed = new ArrayList<>(properties.size());
            for (BeanPropertyWriter property : properties) {
                PersonalData personal = property.getAnnotation(PersonalData.class);
                // a writer wrapped already (module registered twice) must not be encrypted twice
                changed.add(personal == null || property instanceof EncryptingPropertyWriter
                        ? property
                        : new EncryptingPropertyWriter(property, subjectWriter(beanDesc.getBeanClass(), property, personal, properties), subjectKeys));
            }
            return changed;
        }

        private static BeanPropertyWriter subjectWriter(Class<?> beanClass, BeanPropertyWriter personal,
                                                        PersonalData annotation, List<BeanPropertyWriter> properties) {
            // the annotation names the component in Java; a naming strategy may have renamed it in JSON
            return properties.stream()
                    .filter(p -> p.getName().equals(annotation.subject()) || p.getMember().getName().equals(annotation.subject()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("@PersonalData on " + beanClass.getName() + "." + personal.getName()
                            + " names subject '" + annotation.subject() + "', which is no serialized property of that class"));
        }
    }

    private static final class DecryptingIntrospector extends NopAnnotationIntrospector {

        private final transient SubjectKeys subjectKeys;

        DecryptingIntrospector(SubjectKeys subjectKeys) {
            this.subjectKeys = subjectKeys;
        }

        @Override
        public Object findDeserializer(MapperConfig<?> config, Annotated annotated) {
            return annotated.hasAnnotation(PersonalData.class)
                    ? new DecryptingDeserializer(subjectKeys, annotated.getType())
                    : null;
        }
    }
}
