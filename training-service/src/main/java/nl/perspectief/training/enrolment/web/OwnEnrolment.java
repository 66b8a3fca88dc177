package nl.perspectief.training.enrolment.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.training.session.api.EnrolmentEnd;
import nl.perspectief.training.session.api.EnrolmentStatus;
import nl.perspectief.training.session.api.LocationKind;
import nl.perspectief.training.session.api.SessionDay;
import nl.perspectief.training.session.api.SessionStatus;

/**
 * An enrolment as its own participant sees it through the link in their mail: its status and the session, and of the
 * person only their first name (whoever holds the link reads this page; a forwarded mail should show no more).
 *
 * @param firstName       null once the participant's data is erased
 * @param waitingPosition for {@code WAITING}; else null
 * @param offerId         the open offer, for {@code OFFERED}; else null
 * @param offerExpiresAt  until when the offer holds, for {@code OFFERED}; else null
 * @param endedBecause    for {@code CANCELLED}; else null
 * @param canCancel       it has, waits for or is offered a place, and the session is not over or called off
 * @param canAnswerOffer  a place is offered and the offer holds now
 */
record OwnEnrolment(UUID enrolmentId, String firstName, EnrolmentStatus status, Integer waitingPosition, UUID offerId,
                    Instant offerExpiresAt, EnrolmentEnd endedBecause, String courseTitle, List<SessionDay> days,
                    LocationKind locationKind, String place, SessionStatus sessionStatus, boolean canCancel,
                    boolean canAnswerOffer) {

    /** Keeps the first name out of logs and exception messages. */
    @Override
    public String toString() {
        return "OwnEnrolment[enrolmentId=" + enrolmentId + ", status=" + status + "]";
    }
}
