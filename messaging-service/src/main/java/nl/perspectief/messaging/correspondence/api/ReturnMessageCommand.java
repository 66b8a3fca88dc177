package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The mediator returns the message's current version to its writer, saying why. */
public record ReturnMessageCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID messageId,
        String reason,
        StaffMember performedBy,
        Instant at) {
}
