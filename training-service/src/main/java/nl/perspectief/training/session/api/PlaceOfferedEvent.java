package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A freed place is held for the first on the waiting list until {@code expiresAt}; they left the list. A deadline
 * passes it on if it is not taken by then; the expiry is here too, so a replay knows it.
 */
public record PlaceOfferedEvent(UUID sessionId, UUID enrolmentId, UUID participantId, UUID offerId,
                                Instant expiresAt, Instant at) implements SessionEvent {
}
