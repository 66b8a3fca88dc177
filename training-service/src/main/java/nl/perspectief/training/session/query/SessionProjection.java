package nl.perspectief.training.session.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import nl.perspectief.training.session.api.AttendanceRecordedEvent;
import nl.perspectief.training.session.api.CertificateIssuedEvent;
import nl.perspectief.training.session.api.CompletionOutcome;
import nl.perspectief.training.session.api.EnrolmentCancelledEvent;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentOpenedEvent;
import nl.perspectief.training.session.api.EnrolmentRequestedEvent;
import nl.perspectief.training.session.api.EnrolmentWaitlistedEvent;
import nl.perspectief.training.session.api.ParticipantCompletedEvent;
import nl.perspectief.training.session.api.ParticipantNotCompletedEvent;
import nl.perspectief.training.session.api.PlaceOfferDeclinedEvent;
import nl.perspectief.training.session.api.PlaceOfferExpiredEvent;
import nl.perspectief.training.session.api.PlaceOfferedEvent;
import nl.perspectief.training.session.api.SessionCancelledEvent;
import nl.perspectief.training.session.api.SessionCompletedEvent;
import nl.perspectief.training.session.api.SessionEvent;
import nl.perspectief.training.session.api.SessionPlannedEvent;
import nl.perspectief.training.session.api.SessionStartedEvent;
import nl.perspectief.training.session.api.SessionStatus;
import nl.perspectief.training.session.api.WaitingListReorderedEvent;

/**
 * Sessions, enrolments, attendance and certificates from the sessions' events, in the command's own transaction
 * (processing group {@value #PROCESSING_GROUP} is subscribing): a step's answer and the page after it show the step.
 * One handler over the sealed events, so a new event does not compile until it is decided what it shows.
 */
@Component
@ProcessingGroup(SessionProjection.PROCESSING_GROUP)
class SessionProjection {

    static final String PROCESSING_GROUP = "session-view";

    private final SessionRepository repository;

    SessionProjection(SessionRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(SessionEvent event, @SequenceNumber long sequence) {
        switch (event) {
            case SessionPlannedEvent planned -> repository.planned(planned);
            case EnrolmentOpenedEvent opened -> repository.status(opened.sessionId(), SessionStatus.OPEN);
            case EnrolmentRequestedEvent requested -> repository.requested(requested);
            case EnrolmentConfirmedEvent confirmed -> repository.confirmed(confirmed);
            case EnrolmentWaitlistedEvent waitlisted -> repository.waitlisted(waitlisted);
            case EnrolmentCancelledEvent cancelled ->
                    repository.ended(cancelled.enrolmentId(), EnrolmentEnd.CANCELLED, cancelled.at());
            case PlaceOfferedEvent offered -> repository.offered(offered);
            case PlaceOfferDeclinedEvent declined ->
                    repository.ended(declined.enrolmentId(), EnrolmentEnd.OFFER_DECLINED, declined.at());
            case PlaceOfferExpiredEvent expired ->
                    repository.ended(expired.enrolmentId(), EnrolmentEnd.OFFER_EXPIRED, expired.at());
            case WaitingListReorderedEvent reordered -> repository.reordered(reordered);
            case SessionStartedEvent started -> repository.status(started.sessionId(), SessionStatus.RUNNING);
            case AttendanceRecordedEvent recorded -> repository.attendance(recorded);
            case ParticipantCompletedEvent completed ->
                    repository.completion(completed.enrolmentId(), CompletionOutcome.COMPLETED, null);
            case ParticipantNotCompletedEvent notCompleted ->
                    repository.completion(notCompleted.enrolmentId(), CompletionOutcome.NOT_COMPLETED,
                            notCompleted.reason());
            case SessionCompletedEvent completed -> repository.status(completed.sessionId(), SessionStatus.COMPLETED);
            case SessionCancelledEvent cancelled -> {
                repository.cancelled(cancelled.sessionId(), cancelled.reason());
                cancelled.affected().forEach(affected ->
                        repository.ended(affected.enrolmentId(), EnrolmentEnd.SESSION_CANCELLED, cancelled.at()));
            }
            case CertificateIssuedEvent issued -> repository.certificate(issued);
        }
        repository.versionIs(event.sessionId(), sequence);
    }
}
