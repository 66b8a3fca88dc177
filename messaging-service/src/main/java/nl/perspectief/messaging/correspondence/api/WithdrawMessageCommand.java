package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The writer withdraws a message not yet delivered. */
public record WithdrawMessageCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID messageId,
        StaffMember performedBy,
        Instant at) {
}
