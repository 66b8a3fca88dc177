package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The other party confirmed receipt and said when they first read it. */
public record ConfirmReceiptCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID messageId,
        Instant firstReadAt,
        StaffMember performedBy,
        Instant at) {
}
