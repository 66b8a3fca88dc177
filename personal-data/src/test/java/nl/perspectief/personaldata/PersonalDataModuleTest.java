package nl.perspectief.personaldata;

import static nl.perspectief.personaldata.PersonalDataFixtures.CANARY_EMAIL;
import static nl.perspectief.personaldata.PersonalDataFixtures.CANARY_NAME;
import static nl.perspectief.personaldata.PersonalDataFixtures.applicantRegistered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import nl.perspectief.personaldata.PersonalDataFixtures.ApplicantRegisteredEvent;
import nl.perspectief.personaldata.PersonalDataFixtures.MeetingPlannedEvent;
import nl.perspectief.personaldata.PersonalDataFixtures.NoteWithTextSubject;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PersonalDataModuleTest {

    private final JdbcSubjectKeys keys = new JdbcSubjectKeys(TestDatabase.dataSource(), PersonalDataFixtures.newMasterKey());
    private final JsonMapper mapper = PersonalDataFixtures.mapperWith(keys);

    @Test
    void readsBackWhatItWrote() {
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

        assertThat(mapper.readValue(mapper.writeValueAsBytes(event), ApplicantRegisteredEvent.class)).isEqualTo(event);
    }

    @Test
    void writesPersonalFieldsAsEncryptedEnvelopesAndTheRestInClear() {
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

        JsonNode json = mapper.readTree(mapper.writeValueAsBytes(event));

        assertThat(json.get("category").stringValue()).isEqualTo("VIOLENCE");
        assertThat(json.get("subjectId").stringValue()).isEqualTo(event.subjectId().toString());
        for (String personal : new String[] {"fullName", "contact"}) {
            assertThat(json.get(personal).propertyNames()).containsExactly("subject", "ciphertext");
            assertThat(json.get(personal).get("subject").stringValue()).isEqualTo(event.subjectId().toString());
        }
    }

    @Test
    void neverLetsTheCanaryAppearInTheBytesOrTheKeyTable() {
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

        String written = new String(mapper.writeValueAsBytes(event), StandardCharsets.UTF_8);
        String keyTable = JdbcClient.create(TestDatabase.dataSource())
                .sql("select string_agg(subject_id::text || encode(coalesce(wrapped_key, ''), 'escape'), ',') from subject_key")
                .query(String.class).single();

        assertThat(written).doesNotContain(CANARY_NAME, "Canarius", CANARY_EMAIL, "+31 6");
        assertThat(keyTable).doesNotContain("Canarius", "canarius");
    }

    @Test
    void encryptsTheSameValueDifferentlyEachTime() {
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

        JsonNode first = mapper.readTree(mapper.writeValueAsBytes(event));
        JsonNode second = mapper.readTree(mapper.writeValueAsBytes(event));

        assertThat(first.at("/fullName/ciphertext")).isNotEqualTo(second.at("/fullName/ciphertext"));
    }

    @Test
    void encryptsEachSubjectWithItsOwnKey() {
        UUID subject = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        mapper.writeValueAsBytes(applicantRegistered(subject));
        mapper.writeValueAsBytes(applicantRegistered(other));

        assertThat(keys.existingKeyOf(subject).orElseThrow().getEncoded())
                .isNotEqualTo(keys.existingKeyOf(other).orElseThrow().getEncoded());
    }

    @Test
    void readsAShreddedSubjectsFieldsAsNullAndLeavesOthersReadable() {
        MeetingPlannedEvent meeting = new MeetingPlannedEvent(UUID.randomUUID(), UUID.randomUUID(), CANARY_NAME, UUID.randomUUID(), "Piet Tegenpartij");
        byte[] stored = mapper.writeValueAsBytes(meeting);

        keys.shred(meeting.applicantId());

        assertThat(mapper.readValue(stored, MeetingPlannedEvent.class))
                .isEqualTo(new MeetingPlannedEvent(meeting.caseId(), meeting.applicantId(), null, meeting.otherPartyId(), "Piet Tegenpartij"));
    }

    @Test
    void readsARecordTypedFieldOfAShreddedSubjectAsNull() {
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());
        byte[] stored = mapper.writeValueAsBytes(event);

        keys.shred(event.subjectId());

        ApplicantRegisteredEvent erased = mapper.readValue(stored, ApplicantRegisteredEvent.class);
        assertThat(erased.fullName()).isNull();
        assertThat(erased.contact()).isNull();
        assertThat(erased.category()).isEqualTo("VIOLENCE");
    }

    @Test
    void refusesToWritePersonalDataOfAShreddedSubject() {
        UUID subject = UUID.randomUUID();
        keys.shred(subject);

        assertThatThrownBy(() -> mapper.writeValueAsBytes(applicantRegistered(subject)))
                .hasRootCauseInstanceOf(SubjectErasedException.class);
    }

    @Test
    void keepsNullAsNullWithoutCreatingAKey() {
        UUID subject = UUID.randomUUID();
        ApplicantRegisteredEvent withoutPersonalData = new ApplicantRegisteredEvent(UUID.randomUUID(), subject, null, null, "THEFT");

        byte[] written = mapper.writeValueAsBytes(withoutPersonalData);

        assertThat(mapper.readTree(written).get("fullName").isNull()).isTrue();
        assertThat(mapper.readValue(written, ApplicantRegisteredEvent.class)).isEqualTo(withoutPersonalData);
        assertThat(keys.existingKeyOf(subject)).isEmpty();
    }

    @Test
    void takesTheSubjectFromATextComponentToo() {
        NoteWithTextSubject note = new NoteWithTextSubject(UUID.randomUUID().toString(), CANARY_NAME);

        byte[] written = mapper.writeValueAsBytes(note);

        assertThat(new String(written, StandardCharsets.UTF_8)).doesNotContain(CANARY_NAME);
        assertThat(mapper.readValue(written, NoteWithTextSubject.class)).isEqualTo(note);
    }

    @Test
    void failsLoudlyOnATamperedCiphertext() {
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsBytes(applicantRegistered(UUID.randomUUID())));
        byte[] sealed = Base64.getDecoder().decode(json.at("/fullName/ciphertext").stringValue());
        sealed[sealed.length / 2] ^= 1;
        ((ObjectNode) json.get("fullName")).put("ciphertext", Base64.getEncoder().encodeToString(sealed));

        assertThatThrownBy(() -> mapper.treeToValue(json, ApplicantRegisteredEvent.class))
                .hasRootCauseInstanceOf(AEADBadTagException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void failsLoudlyWhenACiphertextIsMovedToAnotherSubject() {
        UUID victim = UUID.randomUUID();
        UUID intruder = UUID.randomUUID();
        mapper.writeValueAsBytes(applicantRegistered(intruder));
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsBytes(applicantRegistered(victim)));
        ((ObjectNode) json.get("fullName")).put("subject", intruder.toString());

        assertThatThrownBy(() -> mapper.treeToValue(json, ApplicantRegisteredEvent.class))
                .hasMessageContaining("failed authentication");
    }

    @Test
    void refusesPersonalDataInClear() {
        String clear = """
                {"registrationId":"%s","subjectId":"%s","fullName":"%s","contact":null,"category":"THEFT"}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), CANARY_NAME);

        assertThatThrownBy(() -> mapper.readValue(clear, ApplicantRegisteredEvent.class))
                .hasMessageContaining("must be an encrypted envelope");
    }

    @Test
    void refusesAnEnvelopeWithExtraOrMissingFields() {
        ObjectNode json = (ObjectNode) mapper.readTree(mapper.writeValueAsBytes(applicantRegistered(UUID.randomUUID())));
        ((ObjectNode) json.get("fullName")).put("clear", CANARY_NAME);

        assertThatThrownBy(() -> mapper.treeToValue(json, ApplicantRegisteredEvent.class))
                .hasMessageContaining("must be an encrypted envelope");
    }

    @Test
    void findsTheSubjectUnderANamingStrategy() {
        JsonMapper snakeCase = JsonMapper.builder()
                .addModule(new PersonalDataModule(keys))
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

        byte[] written = snakeCase.writeValueAsBytes(event);

        assertThat(snakeCase.readTree(written).at("/full_name/subject").stringValue()).isEqualTo(event.subjectId().toString());
        assertThat(snakeCase.readValue(written, ApplicantRegisteredEvent.class)).isEqualTo(event);
    }

    @Test
    void encryptsOnceWhenTheModuleIsRegisteredTwice() {
        JsonMapper twice = JsonMapper.builder()
                .addModule(new PersonalDataModule(keys))
                .addModule(new PersonalDataModule(keys))
                .build();
        ApplicantRegisteredEvent event = applicantRegistered(UUID.randomUUID());

        byte[] written = twice.writeValueAsBytes(event);

        assertThat(mapper.readValue(written, ApplicantRegisteredEvent.class)).isEqualTo(event);
    }
}
