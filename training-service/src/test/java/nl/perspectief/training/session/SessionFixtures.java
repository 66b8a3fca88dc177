package nl.perspectief.training.session;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import nl.perspectief.security.StaffRole;
import nl.perspectief.training.course.api.Accreditation;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.session.api.Actor;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.AttendanceRecordedEvent;
import nl.perspectief.training.session.api.CancelEnrolmentCommand;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentCancelledEvent;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentOpenedEvent;
import nl.perspectief.training.session.api.EnrolmentRequestedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentWaitlistedEvent;
import nl.perspectief.training.session.api.Location;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.PlaceOfferedEvent;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionPlannedEvent;
import nl.perspectief.training.session.api.SessionStartedEvent;

/**
 * A two-day session of "Praten over schuld" for professionals in March 2026 (CET), and the people who enrol in it.
 * One instance per test: its session id is new each time.
 */
public final class SessionFixtures {

    public static final UUID COURSE_ID = UUID.fromString("0f3c6a52-8a3e-4a43-9d55-3a3c0e0c1a01");
    public static final StaffMember TRAINER = new StaffMember("trainer-ilse", StaffRole.TRAINER);
    public static final CourseFacts COURSE = new CourseFacts("Praten over schuld", Audience.PROFESSIONALS,
            new BigDecimal("12.0"), new Accreditation("Kwaliteitsregister V&V", "KV-2026-0815"), new CompletionRule(1));
    public static final LocalDate DAY_ONE = LocalDate.parse("2026-03-23");
    public static final LocalDate DAY_TWO = LocalDate.parse("2026-03-24");
    public static final List<SessionDay> DAYS = List.of(
            new SessionDay(DAY_ONE, LocalTime.parse("09:30"), LocalTime.parse("16:30")),
            new SessionDay(DAY_TWO, LocalTime.parse("09:30"), LocalTime.parse("16:30")));
    public static final Location OFFICE = new Location(LocationKind.OFFICE, "Oudegracht 1, Utrecht");
    public static final Duration OFFER_VALIDITY = Duration.ofDays(2);
    public static final Instant OPENS = Instant.parse("2026-03-01T08:00:00Z");
    /** A moment in the enrolment window. */
    public static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    public static final Instant CLOSES = Instant.parse("2026-03-20T17:00:00Z");
    /** The end of the first day, 17:45 in Utrecht. */
    public static final Instant ON_DAY_ONE = Instant.parse("2026-03-23T16:45:00Z");
    /** The second day, 17:45 in Utrecht: after the session ended. */
    public static final Instant AFTER_THE_LAST_DAY = Instant.parse("2026-03-24T16:45:00Z");

    public final UUID sessionId = UUID.randomUUID();

    /** Someone who enrols: their enrolment's id, their subject id, their details and their person key. */
    public record Person(UUID enrolmentId, UUID participantId, Participant details, String personKey) {

        /** The same person enrolling again, under a new enrolment id. */
        public Person again() {
            return new Person(UUID.randomUUID(), participantId, details, personKey);
        }
    }

    public static Person person(String name) {
        return new Person(UUID.randomUUID(), UUID.randomUUID(),
                new Participant(name, name.toLowerCase() + "@example.org", "+31 30 000 0000", "Reclassering Nederland",
                        "V&V-" + name.length() + "4711"),
                "hmac-of-" + name.toLowerCase() + "@example.org");
    }

    /** The id of the {@code n}th place offer of this session, as the session derives it. */
    public UUID offerId(int n) {
        return UUID.nameUUIDFromBytes((sessionId + "/place-offer/" + n).getBytes(StandardCharsets.UTF_8));
    }

    public PlanSessionCommand plan(int capacity, Instant at) {
        return new PlanSessionCommand(sessionId, COURSE_ID, COURSE, DAYS, OFFICE, List.of(TRAINER.staffId()), capacity,
                OPENS, CLOSES, OFFER_VALIDITY, TRAINER, at);
    }

    public SessionPlannedEvent planned(int capacity) {
        return new SessionPlannedEvent(sessionId, COURSE_ID, COURSE, DAYS, OFFICE, List.of(TRAINER.staffId()), capacity,
                OPENS, CLOSES, OFFER_VALIDITY, TRAINER, OPENS.minus(Duration.ofDays(7)));
    }

    public EnrolmentOpenedEvent opened() {
        return new EnrolmentOpenedEvent(sessionId, null, OPENS);
    }

    public RequestEnrolmentCommand request(Person person, Instant at) {
        return new RequestEnrolmentCommand(sessionId, person.enrolmentId(), person.participantId(), person.details(),
                person.personKey(), EnrolledBy.self(), at);
    }

    public EnrolmentRequestedEvent requested(Person person, Instant at) {
        return new EnrolmentRequestedEvent(sessionId, person.enrolmentId(), person.participantId(), person.details(),
                person.personKey(), EnrolledBy.self(), at);
    }

    public EnrolmentConfirmedEvent confirmed(Person person, Instant at) {
        return new EnrolmentConfirmedEvent(sessionId, person.enrolmentId(), person.participantId(), null, at);
    }

    public EnrolmentWaitlistedEvent waitlisted(Person person, int position, Instant at) {
        return new EnrolmentWaitlistedEvent(sessionId, person.enrolmentId(), person.participantId(), position, at);
    }

    /** Events in order; an array or a list (of {@link #enrolled}, {@link #waiting}, another history) stands for its events. */
    public static List<Object> history(Object... events) {
        List<Object> flat = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof Object[] several) {
                flat.addAll(List.of(several));
            } else if (event instanceof Collection<?> several) {
                flat.addAll(several);
            } else {
                flat.add(event);
            }
        }
        return flat;
    }

    /** Requested and confirmed at {@link #AT}. */
    public Object[] enrolled(Person person) {
        return new Object[] {requested(person, AT), confirmed(person, AT)};
    }

    /** Requested at {@link #AT} and put on the waiting list at {@code position}. */
    public Object[] waiting(Person person, int position) {
        return new Object[] {requested(person, AT), waitlisted(person, position, AT)};
    }

    public CancelEnrolmentCommand cancel(Person person, Instant at) {
        return new CancelEnrolmentCommand(sessionId, person.enrolmentId(), Actor.participant(), at);
    }

    public EnrolmentCancelledEvent cancelled(Person person, EnrolmentStatus before, Instant at) {
        return new EnrolmentCancelledEvent(sessionId, person.enrolmentId(), person.participantId(), before,
                Actor.participant(), at);
    }

    public PlaceOfferedEvent offered(Person person, int n, Instant at) {
        return new PlaceOfferedEvent(sessionId, person.enrolmentId(), person.participantId(), offerId(n),
                at.plus(OFFER_VALIDITY), at);
    }

    public SessionStartedEvent started() {
        return new SessionStartedEvent(sessionId, TRAINER, ON_DAY_ONE);
    }

    public AttendanceRecordedEvent marked(Person person, LocalDate day, AttendanceMark mark) {
        return new AttendanceRecordedEvent(sessionId, person.enrolmentId(), person.participantId(), day, mark, TRAINER,
                day.equals(DAY_ONE) ? ON_DAY_ONE : AFTER_THE_LAST_DAY);
    }
}
