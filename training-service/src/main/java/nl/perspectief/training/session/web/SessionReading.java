package nl.perspectief.training.session.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.security.StaffRole;
import nl.perspectief.training.certificate.CertificatePdf;
import nl.perspectief.training.certificate.SignInSheetPdf;
import nl.perspectief.training.config.TrainingProperties;
import nl.perspectief.training.course.api.Audience;
import nl.perspectief.training.course.api.StaffMember;
import nl.perspectief.training.course.web.TrainerPageCalendar;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.FindEnrolmentQuery;
import nl.perspectief.training.session.api.FindIssuedCertificateQuery;
import nl.perspectief.training.session.api.FindSessionQuery;
import nl.perspectief.training.session.api.FindSessionsQuery;
import nl.perspectief.training.session.api.IssuedCertificateView;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionSummaryView;
import nl.perspectief.training.session.api.SessionView;

/**
 * What trainers read of sessions, the same for the API and the pages. Who takes part in a session is personal data
 * read by trainers only: every read of a session's participants (its lists, a day's sign-in sheet) and of a
 * certificate, allowed, not found or refused, is in the access log before it is answered. The calendar of sessions
 * shows counts only and is not logged.
 */
@Component
class SessionReading {

    private final QueryGateway queries;
    private final SessionAccessLog accessLog;
    private final TrainingProperties properties;
    private final Clock clock;

    SessionReading(QueryGateway queries, SessionAccessLog accessLog, TrainingProperties properties, Clock clock) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sessions whose last day is on or after {@code from}, by their first day.
     *
     * @param from     a date on the organisation's calendar; null for today
     * @param audience null for both
     */
    List<SessionSummaryView> sessions(StaffMember who, LocalDate from, Audience audience) {
        requireTrainer(who);
        LocalDate first = from == null ? today() : from;
        return queries.query(new FindSessionsQuery(audience, false,
                        first.atStartOfDay(TrainerPageCalendar.ZONE).toInstant()),
                ResponseTypes.multipleInstancesOf(SessionSummaryView.class)).join();
    }

    /** Today on the organisation's calendar, by the service's clock. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(TrainerPageCalendar.ZONE));
    }

    /** The session with everyone enrolled in it; logged. @throws SessionNotFoundException for none */
    SessionView session(StaffMember who, UUID sessionId) {
        requireTrainer(who, sessionId, AccessedResource.SESSION_PARTICIPANTS);
        Optional<SessionView> found = find(sessionId);
        accessLog.read(who, sessionId, AccessedResource.SESSION_PARTICIPANTS,
                found.isPresent() ? AccessOutcome.ALLOWED : AccessOutcome.NOT_FOUND);
        return found.orElseThrow(() -> new SessionNotFoundException(sessionId, "session"));
    }

    /** A day's sign-in sheet as a PDF; logged. @throws SessionNotFoundException for no session or no such day */
    Document signInSheet(StaffMember who, UUID sessionId, LocalDate date) {
        requireTrainer(who, sessionId, AccessedResource.SESSION_PARTICIPANTS);
        Optional<SessionView> session = find(sessionId);
        Optional<SessionDay> day = session.flatMap(found -> found.days().stream()
                .filter(candidate -> candidate.date().equals(date)).findFirst());
        accessLog.read(who, sessionId, AccessedResource.SESSION_PARTICIPANTS,
                day.isPresent() ? AccessOutcome.ALLOWED : AccessOutcome.NOT_FOUND);
        if (day.isEmpty()) {
            throw new SessionNotFoundException(sessionId, "day " + date);
        }
        return new Document("presentielijst-" + date + ".pdf",
                SignInSheetPdf.of(session.get(), day.get(), clock.instant()));
    }

    /**
     * A participant's certificate as a PDF; logged.
     *
     * @throws SessionNotFoundException   for no such enrolment of the session, or one without a certificate
     * @throws ParticipantErasedException when the participant's personal data was erased
     */
    Document certificate(StaffMember who, UUID sessionId, UUID enrolmentId) {
        requireTrainer(who, sessionId, AccessedResource.CERTIFICATE);
        Optional<IssuedCertificateView> certificate = queries.query(new FindEnrolmentQuery(enrolmentId),
                        ResponseTypes.optionalInstanceOf(EnrolmentView.class)).join()
                .filter(enrolment -> enrolment.sessionId().equals(sessionId) && enrolment.certificateId() != null)
                .flatMap(enrolment -> queries.query(new FindIssuedCertificateQuery(enrolment.certificateId()),
                        ResponseTypes.optionalInstanceOf(IssuedCertificateView.class)).join());
        boolean printable = certificate.isPresent() && certificate.get().participantName() != null;
        accessLog.read(who, sessionId, AccessedResource.CERTIFICATE,
                printable ? AccessOutcome.ALLOWED : AccessOutcome.NOT_FOUND);
        IssuedCertificateView issued = certificate.orElseThrow(() -> new SessionNotFoundException(sessionId,
                "certificate of enrolment " + enrolmentId));
        if (!printable) {
            throw new ParticipantErasedException();
        }
        return new Document("certificaat-" + issued.verificationCode() + ".pdf", CertificatePdf.of(issued,
                checkAddress(issued.verificationCode())));
    }

    /** Where a certificate's code is checked by anyone holding it. */
    URI checkAddress(String verificationCode) {
        return CertificatePdf.checkAddress(properties.publicUrl(), verificationCode);
    }

    /** The session as a step needs it, read for no one: not logged. */
    Optional<SessionView> find(UUID sessionId) {
        return queries.query(new FindSessionQuery(sessionId), ResponseTypes.optionalInstanceOf(SessionView.class)).join();
    }

    private void requireTrainer(StaffMember who, UUID sessionId, AccessedResource resource) {
        if (who.role() != StaffRole.TRAINER) {
            accessLog.read(who, sessionId, resource, AccessOutcome.FORBIDDEN);
            throw new AccessDeniedException("only trainers read who takes part in a session");
        }
    }

    private static void requireTrainer(StaffMember who) {
        if (who.role() != StaffRole.TRAINER) {
            throw new AccessDeniedException("only trainers read the sessions");
        }
    }

    /** A PDF to download, with the name it is saved under (no participant's name in it). */
    record Document(String fileName, byte[] bytes) {
    }
}
