package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The mediator records a message on behalf of its writer, for the other party. */
public record RecordMessageCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID messageId,
        UUID writerId,
        MessageKind kind,
        String content,
        List<Attachment> attachments,
        StaffMember performedBy,
        Instant at) {
}
