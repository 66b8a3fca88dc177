package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The mediator approves the message's current version for delivery. */
public record ApproveMessageCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID messageId,
        StaffMember performedBy,
        Instant at) {
}
