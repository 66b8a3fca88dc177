package nl.perspectief.personaldata;

import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Records shaped like the services' events, and builders for them. */
final class PersonalDataFixtures {

    /** A name that must never be found in clear anywhere it is stored. */
    static final String CANARY_NAME = "Canarius Zwavelgeel";
    static final String CANARY_EMAIL = "canarius.zwavelgeel@example.org";

    private PersonalDataFixtures() {
    }

    enum ContactChannel { EMAIL, PHONE }

    record ContactDetails(String email, List<String> phones, ContactChannel preferred) {
    }

    record ApplicantRegisteredEvent(UUID registrationId,
                                    UUID subjectId,
                                    @PersonalData(subject = "subjectId") String fullName,
                                    @PersonalData(subject = "subjectId") ContactDetails contact,
                                    String category) {
    }

    record MeetingPlannedEvent(UUID caseId,
                               UUID applicantId,
                               @PersonalData(subject = "applicantId") String applicantName,
                               UUID otherPartyId,
                               @PersonalData(subject = "otherPartyId") String otherPartyName) {
    }

    record NoteWithTextSubject(String subject, @PersonalData(subject = "subject") String text) {
    }

    static ApplicantRegisteredEvent applicantRegistered(UUID subject) {
        return new ApplicantRegisteredEvent(UUID.randomUUID(), subject, CANARY_NAME,
                new ContactDetails(CANARY_EMAIL, List.of("+31 6 1234 5678"), ContactChannel.EMAIL),
                "VIOLENCE");
    }

    static MasterKey newMasterKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return MasterKey.fromBase64(Base64.getEncoder().encodeToString(generator.generateKey().getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonMapper mapperWith(SubjectKeys keys) {
        return JsonMapper.builder().addModule(new PersonalDataModule(keys)).build();
    }

    static <T> T await(Future<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
