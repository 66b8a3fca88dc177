package nl.perspectief.training.session.command;

import static nl.perspectief.training.session.SessionFixtures.AFTER_THE_LAST_DAY;
import static nl.perspectief.training.session.SessionFixtures.AT;
import static nl.perspectief.training.session.SessionFixtures.CLOSES;
import static nl.perspectief.training.session.SessionFixtures.COURSE;
import static nl.perspectief.training.session.SessionFixtures.COURSE_ID;
import static nl.perspectief.training.session.SessionFixtures.DAYS;
import static nl.perspectief.training.session.SessionFixtures.DAY_ONE;
import static nl.perspectief.training.session.SessionFixtures.DAY_TWO;
import static nl.perspectief.training.session.SessionFixtures.OFFER_VALIDITY;
import static nl.perspectief.training.session.SessionFixtures.OFFICE;
import static nl.perspectief.training.session.SessionFixtures.ON_DAY_ONE;
import static nl.perspectief.training.session.SessionFixtures.OPENS;
import static nl.perspectief.training.session.SessionFixtures.TRAINER;
import static nl.perspectief.training.session.SessionFixtures.history;
import static nl.perspectief.training.session.SessionFixtures.person;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.perspectief.training.course.api.CommandOutcome;
import nl.perspectief.training.session.SessionFixtures;
import nl.perspectief.training.session.SessionFixtures.Person;
import nl.perspectief.training.session.api.AcceptPlaceOfferCommand;
import nl.perspectief.training.session.api.Actor;
import nl.perspectief.training.session.api.AffectedEnrolment;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.AttendanceRecordedEvent;
import nl.perspectief.training.session.api.CancelSessionCommand;
import nl.perspectief.training.session.api.CertificateIssuedEvent;
import nl.perspectief.training.session.api.CompleteSessionCommand;
import nl.perspectief.training.session.api.DeclinePlaceOfferCommand;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentOpenedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.IssueCertificateCommand;
import nl.perspectief.training.session.api.NotCompletedReason;
import nl.perspectief.training.session.api.ParticipantCompletedEvent;
import nl.perspectief.training.session.api.ParticipantNotCompletedEvent;
import nl.perspectief.training.session.api.PlaceOfferDeclinedEvent;
import nl.perspectief.training.session.api.PlaceOfferExpiredEvent;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.RecordAttendanceCommand;
import nl.perspectief.training.session.api.ReorderWaitingListCommand;
import nl.perspectief.training.session.api.SessionCancelledEvent;
import nl.perspectief.training.session.api.SessionCompletedEvent;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionPlannedEvent;
import nl.perspectief.training.session.api.SessionStartedEvent;
import nl.perspectief.training.session.api.StartSessionCommand;
import nl.perspectief.training.session.api.WaitingListReorderedEvent;

/**
 * The rules of a session, as Anna, Bram, Cem and Dewi (probation officers, mostly) meet them in a two-day course with
 * two places, in March 2026.
 */
class CourseSessionTest {

    private final SessionFixtures session = new SessionFixtures();
    private final Person anna = person("Anna");
    private final Person bram = person("Bram");
    private final Person cem = person("Cem");
    private final Person dewi = person("Dewi");
    private AggregateTestFixture<CourseSession> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CourseSession.class);
    }

    @Nested
    class Planning {

        @Test
        void plansASessionWithItsCourseAsItIsNowAndOpensItWhenTheWindowHasBegun() {
            fixture.givenNoPriorActivity()
                    .when(session.plan(2, AT))
                    .expectEvents(
                            new SessionPlannedEvent(session.sessionId, COURSE_ID, COURSE, DAYS, OFFICE,
                                    List.of(TRAINER.staffId()), 2, OPENS, CLOSES, OFFER_VALIDITY, TRAINER, AT),
                            new EnrolmentOpenedEvent(session.sessionId, null, AT))
                    .expectResultMessagePayload(CommandOutcome.APPLIED);
        }

        @Test
        void plansASessionAheadOfItsWindowAndSchedulesItsOpening() {
            Instant weekBefore = OPENS.minus(Duration.ofDays(7));
            fixture.givenNoPriorActivity()
                    .when(session.plan(2, weekBefore))
                    .expectEvents(session.planned(2))
                    .expectScheduledDeadline(OPENS, new EnrolmentOpening(session.sessionId));
        }

        @Test
        void opensByItselfWhenItsWindowBegins() {
            fixture.givenCurrentTime(OPENS.minus(Duration.ofDays(7)))
                    .andGivenCommands(session.plan(2, OPENS.minus(Duration.ofDays(7))))
                    .whenTimeAdvancesTo(OPENS)
                    .expectEvents(session.opened());
        }

        @Test
        void keepsTheDaysInTheOrderOfTheirDates() {
            PlanSessionCommand dayTwoFirst = new PlanSessionCommand(session.sessionId, COURSE_ID, COURSE,
                    List.of(DAYS.get(1), DAYS.get(0)), OFFICE, List.of(TRAINER.staffId()), 2, OPENS, CLOSES,
                    OFFER_VALIDITY, TRAINER, AT);
            fixture.givenNoPriorActivity()
                    .when(dayTwoFirst)
                    .expectEvents(
                            new SessionPlannedEvent(session.sessionId, COURSE_ID, COURSE, DAYS, OFFICE,
                                    List.of(TRAINER.staffId()), 2, OPENS, CLOSES, OFFER_VALIDITY, TRAINER, AT),
                            new EnrolmentOpenedEvent(session.sessionId, null, AT));
        }

        @Test
        void planningTheSameSessionAgainChangesNothing() {
            fixture.given(session.planned(2), session.opened())
                    .when(session.plan(2, AT))
                    .expectNoEvents()
                    .expectResultMessagePayload(CommandOutcome.UNCHANGED);
        }

        @Test
        void refusesASessionWithoutPlaces() {
            fixture.givenNoPriorActivity()
                    .when(session.plan(0, AT))
                    .expectException(CapacityMustBePositiveException.class);
        }

        @Test
        void refusesASessionWithoutADay() {
            fixture.givenNoPriorActivity()
                    .when(withDays(List.of()))
                    .expectException(SessionNeedsADayException.class);
        }

        @Test
        void refusesTheSameDateTwice() {
            fixture.givenNoPriorActivity()
                    .when(withDays(List.of(DAYS.get(0), DAYS.get(0))))
                    .expectException(SessionDayTwiceException.class);
        }

        @Test
        void refusesADayThatDoesNotStartBeforeItEnds() {
            fixture.givenNoPriorActivity()
                    .when(withDays(List.of(new SessionDay(DAY_ONE, LocalTime.parse("16:30"), LocalTime.parse("09:30")))))
                    .expectException(SessionDayMustEndAfterItStartsException.class);
        }

        @Test
        void refusesAnEnrolmentWindowThatClosesAfterTheFirstDayStarts() {
            // 09:45 in Utrecht on the first day, a quarter of an hour after it started
            Instant closesLate = Instant.parse("2026-03-23T08:45:00Z");
            fixture.givenNoPriorActivity()
                    .when(new PlanSessionCommand(session.sessionId, COURSE_ID, COURSE, DAYS, OFFICE,
                            List.of(TRAINER.staffId()), 2, OPENS, closesLate, OFFER_VALIDITY, TRAINER, AT))
                    .expectException(EnrolmentMustCloseBeforeFirstDayException.class);
        }

        @Test
        void refusesASessionWithoutATrainer() {
            fixture.givenNoPriorActivity()
                    .when(new PlanSessionCommand(session.sessionId, COURSE_ID, COURSE, DAYS, OFFICE, List.of(), 2, OPENS,
                            CLOSES, OFFER_VALIDITY, TRAINER, AT))
                    .expectException(SessionNeedsATrainerException.class);
        }

        private PlanSessionCommand withDays(List<SessionDay> days) {
            return new PlanSessionCommand(session.sessionId, COURSE_ID, COURSE, days, OFFICE,
                    List.of(TRAINER.staffId()), 2, OPENS, CLOSES, OFFER_VALIDITY, TRAINER, AT);
        }
    }

    @Nested
    class Enrolling {

        @Test
        void confirmsARequestWhileAPlaceIsFree() {
            fixture.given(session.planned(2), session.opened())
                    .when(session.request(anna, AT))
                    .expectEvents(session.requested(anna, AT), session.confirmed(anna, AT))
                    .expectResultMessagePayload(CommandOutcome.APPLIED);
        }

        @Test
        void putsARequestOnTheWaitingListWithItsPositionOnceEveryPlaceIsTaken() {
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                            session.waiting(cem, 1)))
                    .when(session.request(dewi, AT))
                    .expectEvents(session.requested(dewi, AT), session.waitlisted(dewi, 2, AT));
        }

        @Test
        void givesTheLastPlaceToTheFirstOfTwoAndTheWaitingListToTheOther() {
            fixture.given(session.planned(1), session.opened())
                    .andGivenCommands(session.request(anna, AT))
                    .when(session.request(bram, AT))
                    .expectEvents(session.requested(bram, AT), session.waitlisted(bram, 1, AT));
        }

        @Test
        void refusesASecondEnrolmentOfThePersonInOneSession() {
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna)))
                    .when(session.request(anna.again(), AT))
                    .expectException(AlreadyEnrolledException.class)
                    .expectNoEvents();
        }

        @Test
        void takesTheSameEnrolmentTwiceAsOne() {
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna)))
                    .when(session.request(anna, AT))
                    .expectNoEvents()
                    .expectResultMessagePayload(CommandOutcome.UNCHANGED);
        }

        @Test
        void letsAPersonWhoCancelledEnrolAgain() {
            Person annaAgain = anna.again();
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna),
                            session.cancelled(anna, EnrolmentStatus.CONFIRMED, AT)))
                    .when(session.request(annaAgain, AT))
                    .expectEvents(session.requested(annaAgain, AT), session.confirmed(annaAgain, AT));
        }

        @Test
        void refusesEnrolmentBeforeItsWindowBegins() {
            fixture.given(session.planned(2))
                    .when(session.request(anna, OPENS.minusSeconds(60)))
                    .expectException(EnrolmentClosedException.class);
        }

        @Test
        void refusesEnrolmentOnceItsWindowClosed() {
            fixture.given(session.planned(2), session.opened())
                    .when(session.request(anna, CLOSES))
                    .expectException(EnrolmentClosedException.class);
        }

        @Test
        void refusesEnrolmentInACancelledSession() {
            fixture.given(session.planned(2), session.opened(),
                            new SessionCancelledEvent(session.sessionId, "Trainer ill", List.of(), TRAINER, AT))
                    .when(session.request(anna, AT))
                    .expectException(SessionCancelledException.class);
        }

        @Test
        void opensTheWindowWithTheFirstRequestWhenItsDeadlineIsLate() {
            fixture.given(session.planned(2))
                    .when(session.request(anna, OPENS.plusSeconds(3)))
                    .expectEvents(session.opened(), session.requested(anna, OPENS.plusSeconds(3)),
                            session.confirmed(anna, OPENS.plusSeconds(3)));
        }

        @Test
        void confirmsANewRequestOnceAPlaceFreedWithNobodyWaiting() {
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                            session.cancelled(anna, EnrolmentStatus.CONFIRMED, AT)))
                    .when(session.request(cem, AT))
                    .expectEvents(session.requested(cem, AT), session.confirmed(cem, AT));
        }
    }

    @Nested
    class PlaceOffers {

        private final Instant cancelledAt = AT.plus(Duration.ofDays(3));

        private List<Object> fullWithTwoWaiting() {
            return history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                    session.waiting(cem, 1), session.waiting(dewi, 2));
        }

        @Test
        void offersAFreedPlaceToTheFirstWaitingUntilItExpiresAndSchedulesTheExpiry() {
            fixture.given(fullWithTwoWaiting())
                    .when(session.cancel(anna, cancelledAt))
                    .expectEvents(session.cancelled(anna, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(cem, 1, cancelledAt))
                    .expectScheduledDeadline(cancelledAt.plus(OFFER_VALIDITY),
                            new PlaceOfferExpiry(session.offerId(1), cem.enrolmentId()));
        }

        @Test
        void passesAnExpiredOfferToTheNextWaitingByItself() {
            Instant expiry = cancelledAt.plus(OFFER_VALIDITY);
            fixture.givenCurrentTime(cancelledAt)
                    .andGiven(fullWithTwoWaiting())
                    .andGivenCommands(session.cancel(anna, cancelledAt))
                    .whenTimeAdvancesTo(expiry)
                    .expectEvents(new PlaceOfferExpiredEvent(session.sessionId, cem.enrolmentId(), cem.participantId(),
                                    session.offerId(1), expiry),
                            session.offered(dewi, 2, expiry))
                    .expectScheduledDeadline(expiry.plus(OFFER_VALIDITY),
                            new PlaceOfferExpiry(session.offerId(2), dewi.enrolmentId()));
        }

        @Test
        void letsAnOfferThatWasTakenExpireWithoutEffect() {
            fixture.givenCurrentTime(cancelledAt)
                    .andGiven(fullWithTwoWaiting())
                    .andGivenCommands(session.cancel(anna, cancelledAt),
                            new AcceptPlaceOfferCommand(session.sessionId, cem.enrolmentId(), session.offerId(1),
                                    Actor.participant(), cancelledAt.plusSeconds(3600)))
                    .whenTimeAdvancesTo(cancelledAt.plus(OFFER_VALIDITY))
                    .expectNoEvents();
        }

        @Test
        void confirmsAnAcceptedOffer() {
            fixture.given(history(fullWithTwoWaiting(), session.cancelled(anna, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(cem, 1, cancelledAt)))
                    .when(new AcceptPlaceOfferCommand(session.sessionId, cem.enrolmentId(), session.offerId(1),
                            Actor.participant(), cancelledAt.plusSeconds(3600)))
                    .expectEvents(new EnrolmentConfirmedEvent(session.sessionId, cem.enrolmentId(), cem.participantId(),
                            session.offerId(1), cancelledAt.plusSeconds(3600)));
        }

        @Test
        void refusesToAcceptAnOfferOnceItExpired() {
            fixture.given(history(fullWithTwoWaiting(), session.cancelled(anna, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(cem, 1, cancelledAt)))
                    .when(new AcceptPlaceOfferCommand(session.sessionId, cem.enrolmentId(), session.offerId(1),
                            Actor.participant(), cancelledAt.plus(OFFER_VALIDITY)))
                    .expectException(PlaceOfferExpiredException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesToAcceptAnOfferThatPassedToTheNext() {
            Instant expiry = cancelledAt.plus(OFFER_VALIDITY);
            fixture.given(history(fullWithTwoWaiting(), session.cancelled(anna, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(cem, 1, cancelledAt),
                            new PlaceOfferExpiredEvent(session.sessionId, cem.enrolmentId(), cem.participantId(),
                                    session.offerId(1), expiry),
                            session.offered(dewi, 2, expiry)))
                    .when(new AcceptPlaceOfferCommand(session.sessionId, cem.enrolmentId(), session.offerId(1),
                            Actor.participant(), expiry.minusSeconds(60)))
                    .expectException(PlaceOfferExpiredException.class);
        }

        @Test
        void passesADeclinedOfferToTheNextWaiting() {
            Instant declinedAt = cancelledAt.plusSeconds(600);
            fixture.given(history(fullWithTwoWaiting(), session.cancelled(anna, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(cem, 1, cancelledAt)))
                    .when(new DeclinePlaceOfferCommand(session.sessionId, cem.enrolmentId(), session.offerId(1),
                            Actor.participant(), declinedAt))
                    .expectEvents(new PlaceOfferDeclinedEvent(session.sessionId, cem.enrolmentId(), cem.participantId(),
                                    session.offerId(1), Actor.participant(), declinedAt),
                            session.offered(dewi, 2, declinedAt))
                    .expectScheduledDeadline(declinedAt.plus(OFFER_VALIDITY),
                            new PlaceOfferExpiry(session.offerId(2), dewi.enrolmentId()));
        }

        @Test
        void refusesToDeclineAnOfferThatWasTaken() {
            fixture.given(history(fullWithTwoWaiting(), session.cancelled(anna, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(cem, 1, cancelledAt),
                            new EnrolmentConfirmedEvent(session.sessionId, cem.enrolmentId(), cem.participantId(),
                                    session.offerId(1), cancelledAt)))
                    .when(new DeclinePlaceOfferCommand(session.sessionId, cem.enrolmentId(), session.offerId(1),
                            Actor.participant(), cancelledAt.plusSeconds(60)))
                    .expectException(PlaceOfferAlreadyAcceptedException.class);
        }

        @Test
        void holdsAnOfferedPlaceSoANewRequestWaits() {
            Person eva = person("Eva");
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                            session.waiting(cem, 1), session.cancelled(anna, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(cem, 1, cancelledAt)))
                    .when(session.request(eva, cancelledAt))
                    .expectEvents(session.requested(eva, cancelledAt), session.waitlisted(eva, 1, cancelledAt));
        }

        @Test
        void offersNoPlaceOnceTheSessionBegan() {
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                            session.waiting(cem, 1), session.started()))
                    .when(session.cancel(anna, ON_DAY_ONE))
                    .expectEvents(session.cancelled(anna, EnrolmentStatus.CONFIRMED, ON_DAY_ONE));
        }
    }

    @Nested
    class WaitingList {

        private List<Object> fullWithTwoWaiting() {
            return history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                    session.waiting(cem, 1), session.waiting(dewi, 2));
        }

        @Test
        void movesSomeoneOnTheWaitingListAndKeepsTheReason() {
            fixture.given(fullWithTwoWaiting())
                    .when(new ReorderWaitingListCommand(session.sessionId, dewi.enrolmentId(), 1,
                            "Needs the course for her new post in April", TRAINER, AT))
                    .expectEvents(new WaitingListReorderedEvent(session.sessionId, dewi.enrolmentId(),
                            dewi.participantId(), 2, 1, "Needs the course for her new post in April", TRAINER, AT));
        }

        @Test
        void refusesToReorderWithoutAReason() {
            fixture.given(fullWithTwoWaiting())
                    .when(new ReorderWaitingListCommand(session.sessionId, dewi.enrolmentId(), 1, " ", TRAINER, AT))
                    .expectException(ReorderNeedsAReasonException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesAPositionBeyondTheList() {
            fixture.given(fullWithTwoWaiting())
                    .when(new ReorderWaitingListCommand(session.sessionId, cem.enrolmentId(), 3, "Asked to wait",
                            TRAINER, AT))
                    .expectException(WaitingListPositionOutOfRangeException.class);
        }

        @Test
        void reordersOnlyThoseWhoWait() {
            fixture.given(fullWithTwoWaiting())
                    .when(new ReorderWaitingListCommand(session.sessionId, anna.enrolmentId(), 1, "Mistake", TRAINER,
                            AT))
                    .expectException(EnrolmentNotWaitingException.class);
        }

        @Test
        void offersTheNextFreePlaceToWhoeverWasMovedToTheFront() {
            Instant cancelledAt = AT.plus(Duration.ofDays(1));
            fixture.given(history(fullWithTwoWaiting(),
                            new WaitingListReorderedEvent(session.sessionId, dewi.enrolmentId(), dewi.participantId(), 2,
                                    1, "Needs the course for her new post in April", TRAINER, AT)))
                    .when(session.cancel(bram, cancelledAt))
                    .expectEvents(session.cancelled(bram, EnrolmentStatus.CONFIRMED, cancelledAt),
                            session.offered(dewi, 1, cancelledAt));
        }
    }

    @Nested
    class Attendance {

        private List<Object> bothEnrolledCemWaiting() {
            return history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                    session.waiting(cem, 1));
        }

        @Test
        void beginsTheSessionWithTheFirstMarkOnItsFirstDay() {
            fixture.given(bothEnrolledCemWaiting())
                    .when(new RecordAttendanceCommand(session.sessionId, DAY_ONE, anna.enrolmentId(),
                            AttendanceMark.PRESENT, TRAINER, ON_DAY_ONE))
                    .expectEvents(session.started(), session.marked(anna, DAY_ONE, AttendanceMark.PRESENT));
        }

        @Test
        void marksOnlyParticipantsWithAPlace() {
            fixture.given(history(bothEnrolledCemWaiting(), session.started()))
                    .when(new RecordAttendanceCommand(session.sessionId, DAY_ONE, cem.enrolmentId(),
                            AttendanceMark.PRESENT, TRAINER, ON_DAY_ONE))
                    .expectException(AttendanceOnlyForConfirmedEnrolmentsException.class);
        }

        @Test
        void marksOnlyADayOfTheSession() {
            fixture.given(history(bothEnrolledCemWaiting(), session.started()))
                    .when(new RecordAttendanceCommand(session.sessionId, LocalDate.parse("2026-03-25"),
                            anna.enrolmentId(), AttendanceMark.PRESENT, TRAINER, AFTER_THE_LAST_DAY.plus(Duration.ofDays(1))))
                    .expectException(NotADayOfTheSessionException.class);
        }

        @Test
        void marksNoDayInAdvanceByTheClockInUtrecht() {
            // 23:30 in Utrecht on the first day: the second has not come there
            fixture.given(history(bothEnrolledCemWaiting(), session.started()))
                    .when(new RecordAttendanceCommand(session.sessionId, DAY_TWO, anna.enrolmentId(),
                            AttendanceMark.EXCUSED, TRAINER, Instant.parse("2026-03-23T22:30:00Z")))
                    .expectException(AttendanceInAdvanceException.class);
        }

        @Test
        void marksADayFromMidnightInUtrecht() {
            // 00:30 in Utrecht on the second day, still the first in UTC
            Instant afterMidnight = Instant.parse("2026-03-23T23:30:00Z");
            fixture.given(history(bothEnrolledCemWaiting(), session.started()))
                    .when(new RecordAttendanceCommand(session.sessionId, DAY_TWO, anna.enrolmentId(),
                            AttendanceMark.EXCUSED, TRAINER, afterMidnight))
                    .expectEvents(new AttendanceRecordedEvent(session.sessionId, anna.enrolmentId(),
                            anna.participantId(), DAY_TWO, AttendanceMark.EXCUSED, TRAINER, afterMidnight));
        }

        @Test
        void correctsAMarkWithALaterOne() {
            fixture.given(history(bothEnrolledCemWaiting(), session.started(),
                            session.marked(anna, DAY_ONE, AttendanceMark.ABSENT)))
                    .when(new RecordAttendanceCommand(session.sessionId, DAY_ONE, anna.enrolmentId(),
                            AttendanceMark.LATE, TRAINER, AFTER_THE_LAST_DAY))
                    .expectEvents(new AttendanceRecordedEvent(session.sessionId, anna.enrolmentId(),
                            anna.participantId(), DAY_ONE, AttendanceMark.LATE, TRAINER, AFTER_THE_LAST_DAY));
        }

        @Test
        void takesTheSameMarkAgainAsOne() {
            fixture.given(history(bothEnrolledCemWaiting(), session.started(),
                            session.marked(anna, DAY_ONE, AttendanceMark.PRESENT)))
                    .when(new RecordAttendanceCommand(session.sessionId, DAY_ONE, anna.enrolmentId(),
                            AttendanceMark.PRESENT, TRAINER, AFTER_THE_LAST_DAY))
                    .expectNoEvents()
                    .expectResultMessagePayload(CommandOutcome.UNCHANGED);
        }

        @Test
        void startsOnItsFirstDayNotBefore() {
            fixture.given(bothEnrolledCemWaiting())
                    .when(new StartSessionCommand(session.sessionId, TRAINER, Instant.parse("2026-03-22T20:00:00Z")))
                    .expectException(SessionStartsOnItsFirstDayException.class);
        }
    }

    @Nested
    class Completing {

        private final Person eva = person("Eva");

        /** Three places; the rule allows one excused day. */
        private List<Object> threeMarkedForBothDays() {
            return history(session.planned(3), session.opened(), session.enrolled(anna), session.enrolled(bram),
                    session.enrolled(cem), session.waiting(eva, 1), session.started(),
                    session.marked(anna, DAY_ONE, AttendanceMark.PRESENT),
                    session.marked(anna, DAY_TWO, AttendanceMark.EXCUSED),
                    session.marked(bram, DAY_ONE, AttendanceMark.EXCUSED),
                    session.marked(bram, DAY_TWO, AttendanceMark.EXCUSED),
                    session.marked(cem, DAY_ONE, AttendanceMark.LATE),
                    session.marked(cem, DAY_TWO, AttendanceMark.ABSENT));
        }

        @Test
        void completesEveryConfirmedParticipantByTheRuleOfOneExcusedDay() {
            fixture.given(threeMarkedForBothDays())
                    .when(new CompleteSessionCommand(session.sessionId, TRAINER, AFTER_THE_LAST_DAY))
                    .expectEvents(
                            new ParticipantCompletedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(), 1,
                                    AFTER_THE_LAST_DAY),
                            new ParticipantNotCompletedEvent(session.sessionId, bram.enrolmentId(), bram.participantId(),
                                    NotCompletedReason.TOO_MANY_EXCUSED, 0, 2, AFTER_THE_LAST_DAY),
                            new ParticipantNotCompletedEvent(session.sessionId, cem.enrolmentId(), cem.participantId(),
                                    NotCompletedReason.ABSENT, 1, 0, AFTER_THE_LAST_DAY),
                            new SessionCompletedEvent(session.sessionId, 1, 2, TRAINER, AFTER_THE_LAST_DAY));
        }

        @Test
        void refusesToCompleteWhileMarksAreMissingAndSaysHowMany() {
            fixture.given(history(session.planned(3), session.opened(), session.enrolled(anna), session.enrolled(bram),
                            session.started(), session.marked(anna, DAY_ONE, AttendanceMark.PRESENT)))
                    .when(new CompleteSessionCommand(session.sessionId, TRAINER, AFTER_THE_LAST_DAY))
                    .expectException(AttendanceIncompleteException.class)
                    .expectExceptionMessage(containsString("3 attendance marks are missing"))
                    .expectNoEvents();
        }

        @Test
        void refusesToCompleteBeforeTheLastDayEnded() {
            // 16:00 in Utrecht on the last day, half an hour before it ends
            fixture.given(threeMarkedForBothDays())
                    .when(new CompleteSessionCommand(session.sessionId, TRAINER, Instant.parse("2026-03-24T15:00:00Z")))
                    .expectException(SessionNotOverYetException.class);
        }

        @Test
        void refusesToCompleteASessionThatNeverBegan() {
            fixture.given(session.planned(2), session.opened())
                    .when(new CompleteSessionCommand(session.sessionId, TRAINER, AFTER_THE_LAST_DAY))
                    .expectException(SessionNotRunningException.class);
        }
    }

    @Nested
    class Certificates {

        private final UUID certificateId = UUID.randomUUID();
        private final Instant issuedAt = AFTER_THE_LAST_DAY.plus(Duration.ofDays(1));

        private List<Object> completedAnnaNotBram() {
            return history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                    session.started(),
                    session.marked(anna, DAY_ONE, AttendanceMark.PRESENT),
                    session.marked(anna, DAY_TWO, AttendanceMark.LATE),
                    session.marked(bram, DAY_ONE, AttendanceMark.ABSENT),
                    session.marked(bram, DAY_TWO, AttendanceMark.PRESENT),
                    new ParticipantCompletedEvent(session.sessionId, anna.enrolmentId(), anna.participantId(), 0,
                            AFTER_THE_LAST_DAY),
                    new ParticipantNotCompletedEvent(session.sessionId, bram.enrolmentId(), bram.participantId(),
                            NotCompletedReason.ABSENT, 1, 0, AFTER_THE_LAST_DAY),
                    new SessionCompletedEvent(session.sessionId, 1, 1, TRAINER, AFTER_THE_LAST_DAY));
        }

        private CertificateIssuedEvent annasCertificate() {
            return new CertificateIssuedEvent(session.sessionId, anna.enrolmentId(), certificateId, "K7M4P9RX2T",
                    anna.participantId(), "Anna", anna.details().professionalRegistrationNumber(), COURSE.title(),
                    COURSE.audience(), List.of(DAY_ONE, DAY_TWO), COURSE.netHours(), COURSE.accreditation(),
                    COURSE.netHours(), TRAINER, issuedAt);
        }

        @Test
        void issuesACompletedParticipantACertificateWithWhatItShows() {
            fixture.given(completedAnnaNotBram())
                    .when(new IssueCertificateCommand(session.sessionId, anna.enrolmentId(), certificateId, "K7M4P9RX2T",
                            TRAINER, issuedAt))
                    .expectEvents(annasCertificate());
        }

        @Test
        void issuesNoCertificateToAParticipantWhoDidNotComplete() {
            fixture.given(completedAnnaNotBram())
                    .when(new IssueCertificateCommand(session.sessionId, bram.enrolmentId(), UUID.randomUUID(),
                            "Q3W8E4R7T2", TRAINER, issuedAt))
                    .expectException(CertificateOnlyForCompletedParticipantsException.class);
        }

        @Test
        void issuesOneCertificatePerParticipant() {
            fixture.given(history(completedAnnaNotBram(), annasCertificate()))
                    .when(new IssueCertificateCommand(session.sessionId, anna.enrolmentId(), UUID.randomUUID(),
                            "Z9X8C7V6B5", TRAINER, issuedAt))
                    .expectException(CertificateAlreadyIssuedException.class);
        }

        @Test
        void takesTheSameCertificateTwiceAsOne() {
            fixture.given(history(completedAnnaNotBram(), annasCertificate()))
                    .when(new IssueCertificateCommand(session.sessionId, anna.enrolmentId(), certificateId, "K7M4P9RX2T",
                            TRAINER, issuedAt))
                    .expectNoEvents()
                    .expectResultMessagePayload(CommandOutcome.UNCHANGED);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void cancellingTheSessionListsEveryoneItAffects() {
            Instant cancelledAt = AT.plus(Duration.ofDays(2));
            Person eva = person("Eva");
            fixture.given(history(session.planned(2), session.opened(), session.enrolled(anna), session.enrolled(bram),
                            session.waiting(cem, 1), session.waiting(dewi, 2), session.waiting(eva, 3),
                            session.cancelled(bram, EnrolmentStatus.CONFIRMED, AT), session.offered(cem, 1, AT),
                            session.cancelled(eva, EnrolmentStatus.WAITING, AT)))
                    .when(new CancelSessionCommand(session.sessionId, "Trainer ill, no replacement", TRAINER,
                            cancelledAt))
                    .expectEvents(new SessionCancelledEvent(session.sessionId, "Trainer ill, no replacement", List.of(
                            new AffectedEnrolment(anna.enrolmentId(), anna.participantId(), EnrolmentStatus.CONFIRMED),
                            new AffectedEnrolment(cem.enrolmentId(), cem.participantId(), EnrolmentStatus.OFFERED),
                            new AffectedEnrolment(dewi.enrolmentId(), dewi.participantId(), EnrolmentStatus.WAITING)),
                            TRAINER, cancelledAt));
        }

        @Test
        void refusesToCancelWithoutAReason() {
            fixture.given(session.planned(2), session.opened())
                    .when(new CancelSessionCommand(session.sessionId, "", TRAINER, AT))
                    .expectException(CancellationNeedsAReasonException.class);
        }

        @Test
        void refusesToCancelACompletedSession() {
            fixture.given(session.planned(2), session.opened(), new SessionStartedEvent(session.sessionId, TRAINER,
                            ON_DAY_ONE), new SessionCompletedEvent(session.sessionId, 0, 0, TRAINER, AFTER_THE_LAST_DAY))
                    .when(new CancelSessionCommand(session.sessionId, "Too late", TRAINER, AFTER_THE_LAST_DAY))
                    .expectException(SessionCompletedException.class);
        }
    }
}
