package nl.perspectief.training.session.integration;

import java.util.Optional;

import nl.perspectief.events.training.v1.Audience;
import nl.perspectief.events.training.v1.EnrolledBy;
import nl.perspectief.events.training.v1.EnrolmentConfirmed;
import nl.perspectief.events.training.v1.LocationKind;
import nl.perspectief.events.training.v1.ParticipantCompleted;
import nl.perspectief.events.training.v1.SessionPlanned;
import nl.perspectief.events.training.v1.TrainingTopicPayload;
import nl.perspectief.training.session.api.EnrolmentConfirmedEvent;
import nl.perspectief.training.session.api.EnrolmentOpenedEvent;
import nl.perspectief.training.session.api.EnrolmentRequestedEvent;
import nl.perspectief.training.session.api.EnrolmentWaitlistedEvent;
import nl.perspectief.training.session.api.EnrolmentCancelledEvent;
import nl.perspectief.training.session.api.PlaceOfferedEvent;
import nl.perspectief.training.session.api.PlaceOfferDeclinedEvent;
import nl.perspectief.training.session.api.PlaceOfferExpiredEvent;
import nl.perspectief.training.session.api.WaitingListReorderedEvent;
import nl.perspectief.training.session.api.SessionStartedEvent;
import nl.perspectief.training.session.api.AttendanceRecordedEvent;
import nl.perspectief.training.session.api.ParticipantNotCompletedEvent;
import nl.perspectief.training.session.api.SessionCompletedEvent;
import nl.perspectief.training.session.api.SessionCancelledEvent;
import nl.perspectief.training.session.api.CertificateIssuedEvent;
import nl.perspectief.training.session.api.EnrolmentView;
import nl.perspectief.training.session.api.ParticipantCompletedEvent;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionEvent;
import nl.perspectief.training.session.api.SessionPlannedEvent;
import nl.perspectief.training.session.api.SessionView;

/**
 * The session's events that reporting may know of, in the words of shared-events' contract: a session planned, a
 * place confirmed, a participant completed. Ids, dates, counts and points; never who. What an event does not carry
 * itself (the session's audience and hours, who enrolled the participant) comes from the session as the read model
 * holds it, which the subscribing projection wrote before this tracking publisher got to the event.
 */
final class SessionToEvents {

    private SessionToEvents() {
    }

    /** The contract's payload for {@code event}, or none; {@code session} is asked only for events that need it. */
    static Optional<TrainingTopicPayload> payloadOf(SessionEvent event, java.util.function.Supplier<SessionView> session) {
        return Optional.ofNullable(switch (event) {
            case SessionPlannedEvent planned -> new SessionPlanned(planned.sessionId(), planned.courseId(),
                    Audience.valueOf(planned.course().audience().name()),
                    planned.days().stream().map(SessionDay::date).toList(), planned.capacity(),
                    LocationKind.valueOf(planned.location().kind().name()), planned.at());
            case EnrolmentConfirmedEvent confirmed -> {
                SessionView view = session.get();
                yield new EnrolmentConfirmed(confirmed.sessionId(), confirmed.enrolmentId(),
                        Audience.valueOf(view.course().audience().name()),
                        EnrolledBy.valueOf(enrolment(view, confirmed.enrolmentId()).enrolledBy().channel().name()),
                        confirmed.offerId() != null, confirmed.at());
            }
            case ParticipantCompletedEvent completed -> {
                SessionView view = session.get();
                yield new ParticipantCompleted(completed.sessionId(), completed.enrolmentId(), view.courseId(),
                        Audience.valueOf(view.course().audience().name()), view.course().netHours(),
                        view.course().accreditationPoints(), completed.at());
            }
            case EnrolmentOpenedEvent ignored -> null;
            case EnrolmentRequestedEvent ignored -> null;
            case EnrolmentWaitlistedEvent ignored -> null;
            case EnrolmentCancelledEvent ignored -> null;
            case PlaceOfferedEvent ignored -> null;
            case PlaceOfferDeclinedEvent ignored -> null;
            case PlaceOfferExpiredEvent ignored -> null;
            case WaitingListReorderedEvent ignored -> null;
            case SessionStartedEvent ignored -> null;
            case AttendanceRecordedEvent ignored -> null;
            case ParticipantNotCompletedEvent ignored -> null;
            case SessionCompletedEvent ignored -> null;
            case SessionCancelledEvent ignored -> null;
            case CertificateIssuedEvent ignored -> null;
        });
    }

    private static EnrolmentView enrolment(SessionView view, java.util.UUID enrolmentId) {
        return view.enrolments().stream().filter(enrolment -> enrolment.enrolmentId().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("enrolment " + enrolmentId + " is not in its session's view"));
    }
}
