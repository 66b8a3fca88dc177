package nl.perspectief.training.session.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.perspectief.security.StaffRole;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.participant.PersonKeys;
import nl.perspectief.training.course.api.CourseView;
import nl.perspectief.training.course.api.FindCourseQuery;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.session.api.Actor;
import nl.perspectief.training.session.api.CancelEnrolmentCommand;
import nl.perspectief.training.session.api.CancelSessionCommand;
import nl.perspectief.training.session.api.CompleteSessionCommand;
import nl.perspectief.training.session.api.EnrolledBy;
import nl.perspectief.training.session.api.EnrolmentChannel;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.IssueCertificateCommand;
import nl.perspectief.training.session.api.OpenEnrolmentCommand;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.PlanSessionCommand;
import nl.perspectief.training.session.api.RecordAttendanceCommand;
import nl.perspectief.training.session.api.ReferringProfessional;
import nl.perspectief.training.session.api.ReorderWaitingListCommand;
import nl.perspectief.training.session.api.RequestEnrolmentCommand;
import nl.perspectief.training.session.api.SessionView;
import nl.perspectief.training.session.api.StartSessionCommand;
import nl.perspectief.training.session.web.SessionRequests.AttendanceRequest;
import nl.perspectief.training.session.web.SessionRequests.DayRequest;
import nl.perspectief.training.session.web.SessionRequests.EnrolRequest;
import nl.perspectief.training.session.web.SessionRequests.PlanSessionRequest;

/**
 * A trainer's steps with a session, the one way in for the API and the pages alike: only trainers act; ids, time (the
 * service's {@link Clock}, nothing else), person keys and verification codes are given here, and the session decides
 * the rest. A step asked against a version (the API's {@code If-Match}, a page's form) is refused when the session
 * has moved on since ({@link StaleVersionException}); the check is made just before the command, so two trainers
 * acting in the same instant can still both pass it, and the session's own rules then hold between them.
 */
@Service
class SessionSteps {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SessionReading reading;
    private final PersonKeys personKeys;
    private final VerificationCodes codes;
    private final Clock clock;

    SessionSteps(CommandGateway commands, QueryGateway queries, SessionReading reading, PersonKeys personKeys,
                 VerificationCodes codes, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.reading = reading;
        this.personKeys = personKeys;
        this.codes = codes;
        this.clock = clock;
    }

    /** What a step answers: the session's version after it (the next If-Match). */
    record Done(UUID sessionId, long version) {
    }

    record Enrolled(UUID enrolmentId, EnrolmentStatus status, Integer waitingPosition, long version) {
    }

    record Issued(UUID certificateId, String verificationCode, URI checkAddress, long version) {
    }

    Done plan(StaffMember who, PlanSessionRequest request) {
        requireTrainer(who);
        CourseView course = queries.query(new FindCourseQuery(request.courseId()),
                        ResponseTypes.optionalInstanceOf(CourseView.class)).join()
                .orElseThrow(() -> new UnknownCourseException(request.courseId()));
        UUID sessionId = UUID.randomUUID();
        List<String> trainers = request.trainerIds() == null ? List.of(who.staffId())
                : request.trainerIds().stream().map(String::strip).toList();
        commands.sendAndWait(new PlanSessionCommand(sessionId, course.courseId(), course.facts(),
                request.days().stream().map(DayRequest::day).toList(), request.location().location(), trainers,
                request.capacity(), request.enrolmentOpensAt(), request.enrolmentClosesAt(), request.offerValidity(),
                who, clock.instant()));
        return done(sessionId);
    }

    Done open(StaffMember who, UUID sessionId, Long expectedVersion) {
        expect(who, sessionId, expectedVersion);
        commands.sendAndWait(new OpenEnrolmentCommand(sessionId, who, clock.instant()));
        return done(sessionId);
    }

    Done start(StaffMember who, UUID sessionId, Long expectedVersion) {
        expect(who, sessionId, expectedVersion);
        commands.sendAndWait(new StartSessionCommand(sessionId, who, clock.instant()));
        return done(sessionId);
    }

    Done cancel(StaffMember who, UUID sessionId, Long expectedVersion, String reason) {
        expect(who, sessionId, expectedVersion);
        commands.sendAndWait(new CancelSessionCommand(sessionId, reason == null ? null : reason.strip(), who,
                clock.instant()));
        return done(sessionId);
    }

    Done complete(StaffMember who, UUID sessionId, Long expectedVersion) {
        expect(who, sessionId, expectedVersion);
        commands.sendAndWait(new CompleteSessionCommand(sessionId, who, clock.instant()));
        return done(sessionId);
    }

    /**
     * Someone the trainer enrols: a place, or the waiting list when full. A perpetrator comes with the professional who
     * refers them, recorded with the enrolment (its channel stays the trainer's, since the trainer put it in).
     */
    Enrolled enrol(StaffMember who, UUID sessionId, Long expectedVersion, EnrolRequest request) {
        SessionView session = expect(who, sessionId, expectedVersion);
        if (session.course().audience() == Audience.PERPETRATORS && request.referredBy() == null) {
            throw new PerpetratorNeedsAReferringProfessionalException(sessionId);
        }
        Participant participant = request.participant().participant();
        ReferringProfessional professional = request.referredBy() == null ? null : request.referredBy().professional();
        EnrolledBy enrolledBy = professional == null ? EnrolledBy.trainer(who.staffId())
                : new EnrolledBy(EnrolmentChannel.TRAINER, who.staffId(), UUID.randomUUID(), professional);
        UUID enrolmentId = UUID.randomUUID();
        commands.sendAndWait(new RequestEnrolmentCommand(sessionId, enrolmentId, UUID.randomUUID(), participant,
                personKeys.of(participant, professional), enrolledBy, clock.instant()));
        EnrolmentView enrolment = queries.query(new FindEnrolmentQuery(enrolmentId),
                ResponseTypes.optionalInstanceOf(EnrolmentView.class)).join().orElseThrow();
        return new Enrolled(enrolmentId, enrolment.status(), enrolment.waitingPosition(), done(sessionId).version());
    }

    Done cancelEnrolment(StaffMember who, UUID sessionId, Long expectedVersion, UUID enrolmentId) {
        expect(who, sessionId, expectedVersion);
        commands.sendAndWait(new CancelEnrolmentCommand(sessionId, enrolmentId, Actor.staff(who), clock.instant()));
        return done(sessionId);
    }

    Done moveOnWaitingList(StaffMember who, UUID sessionId, Long expectedVersion, UUID enrolmentId, int position,
                           String reason) {
        expect(who, sessionId, expectedVersion);
        commands.sendAndWait(new ReorderWaitingListCommand(sessionId, enrolmentId, position,
                reason == null ? null : reason.strip(), who, clock.instant()));
        return done(sessionId);
    }

    /** A day's marks, all or none: one transaction holds every mark's command, so a refused mark undoes the others. */
    @Transactional
    public Done recordAttendance(StaffMember who, UUID sessionId, Long expectedVersion, LocalDate day,
                                 List<AttendanceRequest> marks) {
        expect(who, sessionId, expectedVersion);
        Instant now = clock.instant();
        for (AttendanceRequest mark : marks) {
            commands.sendAndWait(new RecordAttendanceCommand(sessionId, day, mark.enrolmentId(), mark.mark(), who, now));
        }
        return done(sessionId);
    }

    /** A certificate for a participant who completed the session, with a fresh verification code. */
    Issued issueCertificate(StaffMember who, UUID sessionId, Long expectedVersion, UUID enrolmentId) {
        expect(who, sessionId, expectedVersion);
        UUID certificateId = UUID.randomUUID();
        String code = codes.next();
        commands.sendAndWait(new IssueCertificateCommand(sessionId, enrolmentId, certificateId, code, who,
                clock.instant()));
        return new Issued(certificateId, code, reading.checkAddress(code), done(sessionId).version());
    }

    /** The session as the step is asked against it, or refused: not found, not a trainer, or moved on. */
    private SessionView expect(StaffMember who, UUID sessionId, Long expectedVersion) {
        requireTrainer(who);
        SessionView session = reading.find(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId,
                "session"));
        if (expectedVersion != null && expectedVersion != session.version()) {
            throw new StaleVersionException(sessionId, session.version(), expectedVersion);
        }
        return session;
    }

    private Done done(UUID sessionId) {
        return new Done(sessionId, reading.find(sessionId).map(SessionView::version).orElse(0L));
    }

    private static void requireTrainer(StaffMember who) {
        if (who.role() != StaffRole.TRAINER) {
            throw new AccessDeniedException("only trainers take a session's steps");
        }
    }
}
