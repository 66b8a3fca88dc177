package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.perspectief.training.course.api.StaffMember;

/**
 * A trainer moves someone on the waiting list, for a reason that is kept.
 *
 * @param newPosition 1 for the first on the list
 * @param reason      required; personal data of the participant moved (it may say why they are in a hurry)
 */
public record ReorderWaitingListCommand(@TargetAggregateIdentifier UUID sessionId, UUID enrolmentId, int newPosition,
                                        String reason, StaffMember performedBy, Instant at) {
}
