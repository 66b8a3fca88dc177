package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The participant (through their link) or staff cancels an enrolment. A confirmed or offered place freed goes to the
 * first on the waiting list as an offer; a cancelled enrolment stays cancelled (unchanged).
 */
public record CancelEnrolmentCommand(@TargetAggregateIdentifier UUID sessionId, UUID enrolmentId, Actor by,
                                     Instant at) {
}
