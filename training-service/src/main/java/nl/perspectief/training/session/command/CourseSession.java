package nl.perspectief.training.session.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import nl.perspectief.training.course.api.CommandOutcome;
import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.session.api.AcceptPlaceOfferCommand;
import nl.perspectief.training.session.api.AttendanceRecordedEvent;
import nl.perspectief.training.session.api.CancelEnrolmentCommand;
import nl.perspectief.training.session.api.CancelSessionCommand;
import nl.perspectief.training.session.api.CertificateIssuedEvent;
import nl.perspectief.training.session.api.CompleteSessionCommand;
import nl.perspectief.training.session.api.CompletionOutcome;
import nl.perspectief.training.session.api.DeclinePlaceOfferCommand;
import nl.perspectief.training.session.api.EnrolmentCancelledEvent;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentOpenedEvent;
import nl.perspectief.training.session.api.EnrolmentRequestedEvent;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentWaitlistedEvent;
import nl.perspectief.training.session.api.IssueCertificateCommand;
import nl.perspectief.training.session.api.OpenEnrolmentCommand;
import nl.perspectief.training.session.api.ParticipantCompletedEvent;
import nl.perspectief.training.session.api.ParticipantNotCompletedEvent;
import nl.perspectief.training.session.api.PlaceOfferDeclinedEvent;
import nl.perspectief.training.session.api.PlaceOfferExpiredEvent;
import nl.perspectief.training.session.api.PlaceOfferedEvent;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.RecordAttendanceCommand;
import nl.perspectief.training.session.api.ReorderWaitingListCommand;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;
import nl.perspectief.training.session.api.SessionCancelledEvent;
import nl.perspectief.training.session.api.SessionCompletedEvent;
import nl.perspectief.training.session.api.SessionPlannedEvent;
import nl.perspectief.training.session.api.SessionStartedEvent;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.StartSessionCommand;
import nl.perspectief.training.session.api.WaitingListReorderedEvent;

/**
 * One session of a course, and the only place that decides who has a place in it: Axon handles one command at a time
 * per session, and the event store refuses a second event with the same sequence number, so of two people taking the
 * last place at once one is confirmed and the other waits, on any number of instances.
 * <p>
 * An index of its rules, each kept by a member: {@link Schedule} (days and enrolment window), {@link Enrolments}
 * (places, waiting list, offers) and {@link AttendanceRegister}; {@link Completion} holds marks against the course's
 * completion rule. A freed place is offered to the first waiting, held until the offer expires, and passed on by a
 * deadline if it is not taken. Time comes in on the commands and the deadlines, ids on the commands (an offer's id is
 * derived, the same on every replay). The state keeps no personal data but encrypted (see {@link Enrolment}).
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CourseSession {

    static final String PLACE_OFFER_EXPIRY = "place-offer-expiry";
    static final String ENROLMENT_OPENS = "enrolment-opens";

    @AggregateIdentifier
    private UUID sessionId;
    private CourseFacts course;
    private Schedule schedule;
    private Duration offerValidity;
    private SessionStatus status;
    private Enrolments enrolments;
    private AttendanceRegister attendance;

    CourseSession() {
        // Axon rebuilds it from its events, and creates an empty one for CREATE_IF_MISSING
    }

    // ---- planning and opening

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    CommandOutcome handle(PlanSessionCommand command, DeadlineManager deadlines) {
        if (sessionId != null) {
            return CommandOutcome.UNCHANGED;
        }
        Schedule planned = Schedule.checked(command.sessionId(), command.days(), command.enrolmentOpensAt(),
                command.enrolmentClosesAt());
        if (command.capacity() <= 0) {
            throw new CapacityMustBePositiveException(command.sessionId(), command.capacity());
        }
        if (command.trainerIds() == null || command.trainerIds().isEmpty()) {
            throw new SessionNeedsATrainerException(command.sessionId());
        }
        if (command.offerValidity() == null || command.offerValidity().isNegative() || command.offerValidity().isZero()) {
            throw new OfferValidityMustBePositiveException(command.sessionId());
        }
        apply(new SessionPlannedEvent(command.sessionId(), command.courseId(), Objects.requireNonNull(command.course()),
                planned.days(), Objects.requireNonNull(command.location()), List.copyOf(command.trainerIds()),
                command.capacity(), planned.enrolmentOpensAt(), planned.enrolmentClosesAt(), command.offerValidity(),
                command.performedBy(), command.at()));
        if (planned.windowBegunAt(command.at())) {
            apply(new EnrolmentOpenedEvent(command.sessionId(), null, command.at()));
        } else {
            deadlines.schedule(planned.enrolmentOpensAt(), ENROLMENT_OPENS, new EnrolmentOpening(command.sessionId()));
        }
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(OpenEnrolmentCommand command) {
        stillOn();
        if (status == SessionStatus.OPEN) {
            return CommandOutcome.UNCHANGED;
        }
        if (status != SessionStatus.PLANNED || schedule.windowClosedAt(command.at())) {
            throw new EnrolmentClosedException(sessionId);
        }
        apply(new EnrolmentOpenedEvent(sessionId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @DeadlineHandler(deadlineName = ENROLMENT_OPENS)
    void on(EnrolmentOpening opening) {
        if (status == SessionStatus.PLANNED) {
            apply(new EnrolmentOpenedEvent(sessionId, null, schedule.enrolmentOpensAt()));
        }
    }

    // ---- enrolment, the waiting list and place offers

    @CommandHandler
    CommandOutcome handle(RequestEnrolmentCommand command) {
        if (enrolments.has(command.enrolmentId())) {
            return CommandOutcome.UNCHANGED;
        }
        stillOn();
        boolean open = status == SessionStatus.OPEN
                || status == SessionStatus.PLANNED && schedule.windowBegunAt(command.at());
        if (!open || schedule.windowClosedAt(command.at())) {
            throw new EnrolmentClosedException(sessionId);
        }
        if (enrolments.activeFor(Objects.requireNonNull(command.personKey(), "personKey"))) {
            throw new AlreadyEnrolledException(sessionId);
        }
        if (status == SessionStatus.PLANNED) {
            // the window began while its deadline is still on its way
            apply(new EnrolmentOpenedEvent(sessionId, null, schedule.enrolmentOpensAt()));
        }
        apply(new EnrolmentRequestedEvent(sessionId, command.enrolmentId(), command.participantId(),
                command.participant(), command.personKey(), command.enrolledBy(), command.at()));
        if (enrolments.placeFree() && !enrolments.anyoneWaiting()) {
            apply(new EnrolmentConfirmedEvent(sessionId, command.enrolmentId(), command.participantId(), null,
                    command.at()));
        } else {
            apply(new EnrolmentWaitlistedEvent(sessionId, command.enrolmentId(), command.participantId(),
                    enrolments.nextPosition(), command.at()));
        }
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(CancelEnrolmentCommand command, DeadlineManager deadlines) {
        Enrolment enrolment = enrolments.get(sessionId, command.enrolmentId());
        if (!enrolment.active()) {
            return CommandOutcome.UNCHANGED;
        }
        notCompleted();
        apply(new EnrolmentCancelledEvent(sessionId, command.enrolmentId(), enrolment.participantId(),
                enrolment.status(), command.by(), command.at()));
        offerFreePlaces(command.at(), deadlines);
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(AcceptPlaceOfferCommand command) {
        Enrolment enrolment = enrolments.get(sessionId, command.enrolmentId());
        if (enrolment.status() == EnrolmentStatus.CONFIRMED && command.offerId().equals(enrolment.offerId())) {
            return CommandOutcome.UNCHANGED;
        }
        stillOn();
        if (!enrolment.holdsOffer(command.offerId()) || !command.at().isBefore(enrolment.offerExpiresAt())) {
            throw new PlaceOfferExpiredException(sessionId, command.enrolmentId(), command.offerId());
        }
        if (status == SessionStatus.RUNNING) {
            throw new EnrolmentClosedException(sessionId);
        }
        apply(new EnrolmentConfirmedEvent(sessionId, command.enrolmentId(), enrolment.participantId(),
                command.offerId(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(DeclinePlaceOfferCommand command, DeadlineManager deadlines) {
        Enrolment enrolment = enrolments.get(sessionId, command.enrolmentId());
        if (!enrolment.holdsOffer(command.offerId())) {
            if (enrolment.status() == EnrolmentStatus.CONFIRMED && command.offerId().equals(enrolment.offerId())) {
                throw new PlaceOfferAlreadyAcceptedException(sessionId, command.enrolmentId(), command.offerId());
            }
            return CommandOutcome.UNCHANGED;
        }
        apply(new PlaceOfferDeclinedEvent(sessionId, command.enrolmentId(), enrolment.participantId(),
                command.offerId(), command.by(), command.at()));
        offerFreePlaces(command.at(), deadlines);
        return CommandOutcome.APPLIED;
    }

    /* The offer expires at its own time, however late the deadline fires, so a replay and every mail agree. */
    @DeadlineHandler(deadlineName = PLACE_OFFER_EXPIRY)
    void on(PlaceOfferExpiry expiry, DeadlineManager deadlines) {
        if (!enrolments.has(expiry.enrolmentId())) {
            return;
        }
        Enrolment enrolment = enrolments.get(sessionId, expiry.enrolmentId());
        if (!enrolment.holdsOffer(expiry.offerId())) {
            return;
        }
        Instant expiredAt = enrolment.offerExpiresAt();
        apply(new PlaceOfferExpiredEvent(sessionId, expiry.enrolmentId(), enrolment.participantId(), expiry.offerId(),
                expiredAt));
        offerFreePlaces(expiredAt, deadlines);
    }

    @CommandHandler
    CommandOutcome handle(ReorderWaitingListCommand command) {
        stillOn();
        if (command.reason() == null || command.reason().isBlank()) {
            throw new ReorderNeedsAReasonException(sessionId, command.enrolmentId());
        }
        Enrolment enrolment = enrolments.get(sessionId, command.enrolmentId());
        if (enrolment.status() != EnrolmentStatus.WAITING) {
            throw new EnrolmentNotWaitingException(sessionId, command.enrolmentId());
        }
        if (command.newPosition() < 1 || command.newPosition() > enrolments.waiting()) {
            throw new WaitingListPositionOutOfRangeException(sessionId, command.newPosition(), enrolments.waiting());
        }
        int from = enrolments.positionOf(command.enrolmentId());
        if (from == command.newPosition()) {
            return CommandOutcome.UNCHANGED;
        }
        apply(new WaitingListReorderedEvent(sessionId, command.enrolmentId(), enrolment.participantId(), from,
                command.newPosition(), command.reason(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    /** While it takes enrolments, a free place goes to the first waiting, one offer per free place. */
    private void offerFreePlaces(Instant at, DeadlineManager deadlines) {
        boolean takesEnrolments = status == SessionStatus.PLANNED || status == SessionStatus.OPEN;
        while (takesEnrolments && enrolments.placeFree() && enrolments.anyoneWaiting()) {
            UUID next = enrolments.firstWaiting();
            UUID offerId = enrolments.nextOfferId(sessionId);
            Instant expiresAt = at.plus(offerValidity);
            apply(new PlaceOfferedEvent(sessionId, next, enrolments.get(sessionId, next).participantId(), offerId,
                    expiresAt, at));
            deadlines.schedule(expiresAt, PLACE_OFFER_EXPIRY, new PlaceOfferExpiry(offerId, next));
        }
    }

    // ---- the days themselves

    @CommandHandler
    CommandOutcome handle(StartSessionCommand command) {
        if (status == SessionStatus.RUNNING) {
            return CommandOutcome.UNCHANGED;
        }
        stillOn();
        if (!schedule.firstDayCameAt(command.at())) {
            throw new SessionStartsOnItsFirstDayException(sessionId);
        }
        apply(new SessionStartedEvent(sessionId, command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(RecordAttendanceCommand command) {
        stillOn();
        if (!schedule.hasDay(command.day())) {
            throw new NotADayOfTheSessionException(sessionId, command.day());
        }
        if (Schedule.dateOf(command.at()).isBefore(command.day())) {
            throw new AttendanceInAdvanceException(sessionId, command.day());
        }
        Enrolment enrolment = enrolments.get(sessionId, command.enrolmentId());
        if (enrolment.status() != EnrolmentStatus.CONFIRMED) {
            throw new AttendanceOnlyForConfirmedEnrolmentsException(sessionId, command.enrolmentId());
        }
        if (Objects.requireNonNull(command.mark()) == attendance.markOf(command.enrolmentId(), command.day())) {
            return CommandOutcome.UNCHANGED;
        }
        if (status != SessionStatus.RUNNING) {
            // a day of the session has come: the first mark begins it, if nobody did
            apply(new SessionStartedEvent(sessionId, command.performedBy(), command.at()));
        }
        apply(new AttendanceRecordedEvent(sessionId, command.enrolmentId(), enrolment.participantId(), command.day(),
                command.mark(), command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(CompleteSessionCommand command) {
        if (status == SessionStatus.COMPLETED) {
            return CommandOutcome.UNCHANGED;
        }
        stillOn();
        if (status != SessionStatus.RUNNING) {
            throw new SessionNotRunningException(sessionId);
        }
        if (!schedule.overAt(command.at())) {
            throw new SessionNotOverYetException(sessionId);
        }
        List<UUID> confirmed = enrolments.confirmed();
        int missing = attendance.missing(confirmed, schedule.dates());
        if (missing > 0) {
            throw new AttendanceIncompleteException(sessionId, missing);
        }
        int completed = 0;
        for (UUID enrolmentId : confirmed) {
            UUID participantId = enrolments.get(sessionId, enrolmentId).participantId();
            Completion completion = Completion.of(course.completionRule(),
                    attendance.marksOf(enrolmentId, schedule.dates()));
            if (completion.completed()) {
                completed++;
                apply(new ParticipantCompletedEvent(sessionId, enrolmentId, participantId, completion.excusedDays(),
                        command.at()));
            } else {
                apply(new ParticipantNotCompletedEvent(sessionId, enrolmentId, participantId, completion.failed(),
                        completion.absentDays(), completion.excusedDays(), command.at()));
            }
        }
        apply(new SessionCompletedEvent(sessionId, completed, confirmed.size() - completed, command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(CancelSessionCommand command) {
        if (status == SessionStatus.CANCELLED) {
            return CommandOutcome.UNCHANGED;
        }
        notCompleted();
        if (command.reason() == null || command.reason().isBlank()) {
            throw new CancellationNeedsAReasonException(sessionId);
        }
        apply(new SessionCancelledEvent(sessionId, command.reason(), enrolments.active(), command.performedBy(),
                command.at()));
        return CommandOutcome.APPLIED;
    }

    @CommandHandler
    CommandOutcome handle(IssueCertificateCommand command) {
        Enrolment enrolment = enrolments.get(sessionId, command.enrolmentId());
        if (command.certificateId().equals(enrolment.certificateId())) {
            return CommandOutcome.UNCHANGED;
        }
        if (enrolment.certificateId() != null) {
            throw new CertificateAlreadyIssuedException(sessionId, command.enrolmentId());
        }
        if (enrolment.completion() != CompletionOutcome.COMPLETED) {
            throw new CertificateOnlyForCompletedParticipantsException(sessionId, command.enrolmentId());
        }
        apply(new CertificateIssuedEvent(sessionId, command.enrolmentId(), command.certificateId(),
                Objects.requireNonNull(command.verificationCode(), "verificationCode"), enrolment.participantId(),
                enrolment.name(), enrolment.professionalRegistrationNumber(), course.title(), course.audience(),
                schedule.dates(), course.netHours(), course.accreditation(), course.accreditationPoints(),
                command.performedBy(), command.at()));
        return CommandOutcome.APPLIED;
    }

    private void stillOn() {
        if (status == SessionStatus.CANCELLED) {
            throw new SessionCancelledException(sessionId);
        }
        notCompleted();
    }

    private void notCompleted() {
        if (status == SessionStatus.COMPLETED) {
            throw new SessionCompletedException(sessionId);
        }
    }

    // ---- what happened

    @EventSourcingHandler
    void on(SessionPlannedEvent event) {
        sessionId = event.sessionId();
        course = event.course();
        schedule = new Schedule(event.days(), event.enrolmentOpensAt(), event.enrolmentClosesAt());
        offerValidity = event.offerValidity();
        status = SessionStatus.PLANNED;
        enrolments = new Enrolments(event.capacity());
        attendance = new AttendanceRegister();
    }

    @EventSourcingHandler
    void on(EnrolmentOpenedEvent event) {
        status = SessionStatus.OPEN;
    }

    @EventSourcingHandler
    void on(EnrolmentRequestedEvent event) {
        enrolments.requested(event);
    }

    @EventSourcingHandler
    void on(EnrolmentConfirmedEvent event) {
        enrolments.confirmed(event.enrolmentId());
    }

    @EventSourcingHandler
    void on(EnrolmentWaitlistedEvent event) {
        enrolments.waitlisted(event.enrolmentId(), event.position());
    }

    @EventSourcingHandler
    void on(EnrolmentCancelledEvent event) {
        enrolments.ended(event.enrolmentId());
    }

    @EventSourcingHandler
    void on(PlaceOfferedEvent event) {
        enrolments.offered(event.enrolmentId(), event.offerId(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(PlaceOfferDeclinedEvent event) {
        enrolments.ended(event.enrolmentId());
    }

    @EventSourcingHandler
    void on(PlaceOfferExpiredEvent event) {
        enrolments.ended(event.enrolmentId());
    }

    @EventSourcingHandler
    void on(WaitingListReorderedEvent event) {
        enrolments.moved(event.enrolmentId(), event.toPosition());
    }

    @EventSourcingHandler
    void on(SessionStartedEvent event) {
        status = SessionStatus.RUNNING;
    }

    @EventSourcingHandler
    void on(AttendanceRecordedEvent event) {
        attendance.recorded(event.enrolmentId(), event.day(), event.mark());
    }

    @EventSourcingHandler
    void on(ParticipantCompletedEvent event) {
        enrolments.completed(event.enrolmentId(), CompletionOutcome.COMPLETED);
    }

    @EventSourcingHandler
    void on(ParticipantNotCompletedEvent event) {
        enrolments.completed(event.enrolmentId(), CompletionOutcome.NOT_COMPLETED);
    }

    @EventSourcingHandler
    void on(SessionCompletedEvent event) {
        status = SessionStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(SessionCancelledEvent event) {
        status = SessionStatus.CANCELLED;
        event.affected().forEach(affected -> enrolments.ended(affected.enrolmentId()));
    }

    @EventSourcingHandler
    void on(CertificateIssuedEvent event) {
        enrolments.certified(event.enrolmentId(), event.certificateId());
    }
}
