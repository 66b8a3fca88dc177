package nl.perspectief.personaldata;

import static nl.perspectief.personaldata.PersonalDataFixtures.CANARY_EMAIL;
import static nl.perspectief.personaldata.PersonalDataFixtures.CANARY_NAME;
import static nl.perspectief.personaldata.PersonalDataFixtures.applicantRegistered;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.perspectief.personaldata.PersonalDataFixtures.ApplicantRegisteredEvent;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/** The services store events through Axon's Jackson 3 serializer with this module added, exactly like this. */
class AxonJackson3SerializerTest {

    private final JdbcSubjectKeys keys = new JdbcSubjectKeys(TestDatabase.dataSource(), PersonalDataFixtures.newMasterKey());
    private final PersonalDataModule module = new PersonalDataModule(keys);
    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.addModule(module))
            .build();

    @Test
    void storesAnEventWithoutPersonalDataInClearAndReadsItBack() {
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
        ApplicantRegisteredEvent replayed = serializer.deserialize(stored);

        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain(CANARY_NAME, CANARY_EMAIL).contains("ciphertext");
        assertThat(replayed).isEqualTo(event);
    }

    @Test
    void replaysAnErasedSubjectsEventWithItsPersonalDataGone() {
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        keys.shred(event.subjectId());
        ApplicantRegisteredEvent replayed = serializer.deserialize(stored);

        assertThat(replayed).isEqualTo(new ApplicantRegisteredEvent(event.registrationId(), event.subjectId(), null, null, event.category()));
    }
}
