package nl.perspectief.training.session.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.training.v1.TrainingTopicPayload;
import nl.perspectief.security.StaffRole;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.ParticipantCompletedEvent;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionPlannedEvent;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.SessionView;
import nl.perspectief.training.session.api.SessionStartedEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The publisher's mapping against the contract: each fixture of shared-events is what its session event publishes. */
class SessionToEventsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    // the ids, dates and figures of the contract's fixtures
    private static final UUID SESSION = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final UUID COURSE = UUID.fromString("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");
    private static final UUID ENROLMENT = UUID.fromString("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    private static final StaffMember TRAINER = new StaffMember("trainer-ilse", StaffRole.TRAINER);
    private static final CourseFacts FACTS = new CourseFacts("Praten over schuld", Audience.PROFESSIONALS,
            new BigDecimal("11.5"), new Accreditation("Kwaliteitsregister V&V", "KV-2026-0815"), CompletionRule.EVERY_DAY);
    private static final List<SessionDay> DAYS = List.of(
            new SessionDay(LocalDate.parse("2026-10-12"), LocalTime.parse("09:30"), LocalTime.parse("16:30")),
            new SessionDay(LocalDate.parse("2026-10-19"), LocalTime.parse("09:30"), LocalTime.parse("16:30")));
    private static final Location OFFICE = new Location(LocationKind.OFFICE, "Oudegracht 1, Utrecht");

    private static final Supplier<SessionView> NOT_ASKED = () -> {
        throw new AssertionError("the mapper asked for the session's view for an event that carries what it needs");
    };

    @Test
    void aPlannedSessionPublishesTheContractsSessionPlanned() {
        var planned = new SessionPlannedEvent(SESSION, COURSE, FACTS, DAYS, OFFICE, List.of(TRAINER.staffId()), 12,
                Instant.parse("2026-09-01T08:00:00Z"), Instant.parse("2026-10-05T17:00:00Z"), Duration.ofDays(2),
                TRAINER, Instant.parse("2026-09-01T08:00:00Z"));

        assertThat(payloadOf(SessionToEvents.payloadOf(planned, NOT_ASKED).orElseThrow()))
                .isEqualTo(fixturePayload(EventTypes.SESSION_PLANNED_V1));
    }

    @Test
    void aConfirmedPlacePublishesTheContractsEnrolmentConfirmedWithWhoEnrolled() {
        var confirmed = new EnrolmentConfirmedEvent(SESSION, ENROLMENT, UUID.randomUUID(), null,
                Instant.parse("2026-09-03T19:12:00Z"));

        assertThat(payloadOf(SessionToEvents.payloadOf(confirmed, SessionToEventsTest::session).orElseThrow()))
                .isEqualTo(fixturePayload(EventTypes.ENROLMENT_CONFIRMED_V1));
    }

    @Test
    void aCompletionPublishesTheContractsParticipantCompletedWithTheCoursesHoursAndPoints() {
        var completed = new ParticipantCompletedEvent(SESSION, ENROLMENT, UUID.randomUUID(), 0,
                Instant.parse("2026-10-19T16:05:00Z"));

        assertThat(payloadOf(SessionToEvents.payloadOf(completed, SessionToEventsTest::session).orElseThrow()))
                .isEqualTo(fixturePayload(EventTypes.PARTICIPANT_COMPLETED_V1));
    }

    @Test
    void theSessionsOtherStepsStayInThisService() {
        assertThat(SessionToEvents.payloadOf(new SessionStartedEvent(SESSION, TRAINER, Instant.now()), NOT_ASKED))
                .isEmpty();
    }

    private static SessionView session() {
        EnrolmentView enrolment = new EnrolmentView(ENROLMENT, SESSION, UUID.randomUUID(), null, EnrolledBy.self(),
                EnrolmentStatus.CONFIRMED, null, null, null, null, Instant.parse("2026-09-03T19:12:00Z"),
                Instant.parse("2026-09-03T19:12:00Z"), List.of(), null, null, null, null);
        return new SessionView(SESSION, COURSE, FACTS, DAYS, OFFICE, List.of(TRAINER.staffId()), 12,
                Instant.parse("2026-09-01T08:00:00Z"), Instant.parse("2026-10-05T17:00:00Z"), Duration.ofDays(2),
                SessionStatus.OPEN, null, 1, 0, 0, List.of(enrolment), 3);
    }

    /** The payload in its fixture's envelope, checked against the schema, written and read as the fixture is. */
    private static JsonNode payloadOf(TrainingTopicPayload payload) {
        String type = EventTypes.typeOf(payload.getClass()).orElseThrow();
        ObjectNode envelope = (ObjectNode) JSON.readTree(ContractFixtures.fixture(type));
        envelope.set("payload", JSON.valueToTree(payload));
        String written = JSON.writeValueAsString(envelope);
        ContractFixtures.assertConformsToSchema(type, written);
        return JSON.readTree(written).get("payload");
    }

    private static JsonNode fixturePayload(String type) {
        return JSON.readTree(ContractFixtures.fixture(type)).get("payload");
    }
}
