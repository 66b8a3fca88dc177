package nl.perspectief.cases.casefile.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

/**
 * The case's events name the applicant's role, her channel, the incident's category and the criminal proceedings in
 * the case's own enums now, no longer in intake's wire enums. Stored events keep the same JSON (the names), so an
 * event written before the change reads back as it was, through the serializer the event store uses; no upcaster
 * is needed. The payloads below are as the event store held them.
 */
class StoredEventWordsTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();

    @Test
    void anIncidentStoredWithIntakesWordsReadsBackInTheCasesOwn() {
        Incident incident = read("""
                {"category":"SPORTS_TRANSGRESSION","approximateDate":"2019-06","policeReportFiled":false,
                 "criminalProceedings":"AWAITING_TRIAL"}""", Incident.class);

        assertThat(incident.category()).isEqualTo(IncidentCategory.SPORTS_TRANSGRESSION);
        assertThat(incident.criminalProceedings()).isEqualTo(CriminalProceedings.AWAITING_TRIAL);
    }

    @Test
    void anApplicantStoredWithIntakesWordsReadsBackInTheCasesOwn() {
        Applicant applicant = read("""
                {"subjectId":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","role":"BEREAVED_RELATIVE","fullName":null,
                 "email":null,"phone":null,"postalAddress":null,"preferredChannel":"POST",
                 "safeToLeaveMessages":true,"minor":false}""", Applicant.class);

        assertThat(applicant.role()).isEqualTo(ApplicantRole.BEREAVED_RELATIVE);
        assertThat(applicant.preferredChannel()).isEqualTo(ContactChannel.POST);
    }

    @Test
    void everyWordOfIntakesContractHasTheCasesOwnOfTheSameName() {
        assertThat(names(IncidentCategory.values())).isEqualTo(names(nl.perspectief.events.intake.v1.IncidentCategory.values()));
        assertThat(names(ApplicantRole.values())).isEqualTo(names(nl.perspectief.events.intake.v1.ApplicantRole.values()));
        assertThat(names(ContactChannel.values())).isEqualTo(names(nl.perspectief.events.intake.v1.ContactChannel.values()));
        assertThat(names(CriminalProceedings.values()))
                .isEqualTo(names(nl.perspectief.events.intake.v1.CriminalProceedings.values()));
    }

    private <T> T read(String json, Class<T> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                type.getName(), null));
    }

    private static java.util.List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
