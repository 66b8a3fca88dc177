package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The mediator's redaction of a passage; only with the writer's agreement. */
public record RedactMessageCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID messageId,
        String content,
        List<Attachment> attachments,
        boolean writerAgreed,
        StaffMember performedBy,
        Instant at) {
}
