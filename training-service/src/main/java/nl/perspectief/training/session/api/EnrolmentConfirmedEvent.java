package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrolment has a place: at once on request, or by taking an offered place.
 *
 * @param offerId the offer taken, or null when the place was free on request
 */
public record EnrolmentConfirmedEvent(UUID sessionId, UUID enrolmentId, UUID participantId, UUID offerId, Instant at)
        implements SessionEvent {
}
