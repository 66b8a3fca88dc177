package nl.perspectief.training.session.command;

import java.util.UUID;

/**
 * The deadline of one place offer, kept by the deadline manager (in the database, so it outlives a restart). When it
 * fires and the offer is still open, the place passes to the next on the waiting list; otherwise nothing happens.
 */
public record PlaceOfferExpiry(UUID offerId, UUID enrolmentId) {
}
