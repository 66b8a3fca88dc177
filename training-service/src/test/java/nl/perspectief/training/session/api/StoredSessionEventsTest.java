package nl.perspectief.training.session.api;

import static nl.perspectief.training.session.SessionFixtures.AFTER_THE_LAST_DAY;
import static nl.perspectief.training.session.SessionFixtures.AT;
import static nl.perspectief.training.session.SessionFixtures.COURSE;
import static nl.perspectief.training.session.SessionFixtures.DAY_ONE;
import static nl.perspectief.training.session.SessionFixtures.DAY_TWO;
import static nl.perspectief.training.session.SessionFixtures.TRAINER;
import static nl.perspectief.training.session.SessionFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import nl.perspectief.personaldata.PersonalDataModule;
import nl.perspectief.training.session.InMemorySubjectKeys;
import nl.perspectief.training.session.SessionFixtures;
import nl.perspectief.training.session.SessionFixtures.Person;

/**
 * The session's events as the event store keeps them: through Axon's Jackson 3 serializer with personal-data's module,
 * as the service is configured (axon.serializer.events: jackson3). Each comes back as it went in, and nothing that
 * names a person is in clear.
 */
class StoredSessionEventsTest {

    private final InMemorySubjectKeys keys = new InMemorySubjectKeys();
    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.addModule(new PersonalDataModule(keys)))
            .build();
    private final SessionFixtures session = new SessionFixtures();
    private final Person anna = person("Anna");
    private final UUID probationOfficer = UUID.randomUUID();
    private final EnrolledBy byProbation = EnrolledBy.professional(probationOfficer,
            new ReferringProfessional("Pieter Reclasseringswerker", "Reclassering Nederland", "pieter@reclassering.example"));

    private List<SessionEvent> oneOfEach() {
        UUID certificateId = UUID.randomUUID();
        return List.of(
                session.planned(2),
                session.opened(),
                new EnrolmentRequestedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(), anna.details(),
                        anna.personKey(), byProbation, AT),
                session.confirmed(anna, AT),
                session.waitlisted(anna, 1, AT),
                session.cancelled(anna, EnrolmentStatus.WAITING, AT),
                session.offered(anna, 1, AT),
                new PlaceOfferDeclinedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(),
                        session.offerId(1), Actor.staff(TRAINER), AT),
                new PlaceOfferExpiredEvent(session.sessionId, anna.enrolmentId(), anna.participantId(),
                        session.offerId(1), AT),
                new WaitingListReorderedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(), 3, 1,
                        "Her probation conditions require it before April", TRAINER, AT),
                session.started(),
                session.marked(anna, DAY_ONE, AttendanceMark.EXCUSED),
                new ParticipantCompletedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(), 1,
                        AFTER_THE_LAST_DAY),
                new ParticipantNotCompletedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(),
                        NotCompletedReason.TOO_MANY_EXCUSED, 0, 2, AFTER_THE_LAST_DAY),
                new SessionCompletedEvent(session.sessionId, 1, 1, TRAINER, AFTER_THE_LAST_DAY),
                new SessionCancelledEvent(session.sessionId, "Trainer ill", List.of(
                        new AffectedEnrolment(anna.enrolmentId(), anna.participantId(), EnrolmentStatus.CONFIRMED)),
                        TRAINER, AT),
                new CertificateIssuedEvent(session.sessionId, anna.enrolmentId(), certificateId, "K7M4P9RX2T",
                        anna.participantId(), anna.details().name(), anna.details().professionalRegistrationNumber(),
                        COURSE.title(), COURSE.audience(), List.of(DAY_ONE, DAY_TWO), COURSE.netHours(),
                        COURSE.accreditation(), COURSE.accreditationPoints(), TRAINER, AFTER_THE_LAST_DAY));
    }

    @Test
    void coversEveryKindOfSessionEvent() {
        assertThat(oneOfEach()).extracting(Object::getClass).map(Class.class::cast)
                .containsExactlyInAnyOrder(SessionEvent.class.getPermittedSubclasses());
    }

    @Test
    void everySessionEventComesBackAsItWasStored() {
        for (SessionEvent event : oneOfEach()) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

            assertThat((Object) serializer.deserialize(stored)).as(event.getClass().getSimpleName()).isEqualTo(event);
        }
    }

    @Test
    void storesNoParticipantOrReferringProfessionalInClear() {
        String stored = String.join("\n", oneOfEach().stream()
                .map(event -> new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8))
                .toList());

        assertThat(stored).contains("ciphertext", anna.participantId().toString())
                .doesNotContain("Anna", "anna@example.org", anna.details().phone(),
                        anna.details().professionalRegistrationNumber(), anna.personKey(), "Pieter",
                        "pieter@reclassering.example", "probation conditions");
    }

    @Test
    void replaysAnErasedParticipantsRequestWithoutThemAndKeepsTheReferrer() {
        EnrolmentRequestedEvent requested = new EnrolmentRequestedEvent(session.sessionId, anna.enrolmentId(),
                anna.participantId(), anna.details(), anna.personKey(), byProbation, AT);
        SerializedObject<byte[]> stored = serializer.serialize(requested, byte[].class);

        keys.shred(anna.participantId());

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(new EnrolmentRequestedEvent(session.sessionId,
                anna.enrolmentId(), anna.participantId(), null, null, byProbation, AT));
    }
}
