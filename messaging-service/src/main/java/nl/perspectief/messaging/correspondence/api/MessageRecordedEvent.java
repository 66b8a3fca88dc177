package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * A message the mediator recorded on behalf of its writer (version 1); it awaits review. Its content is the writer's
 * personal data.
 */
public record MessageRecordedEvent(
        UUID caseId,
        UUID messageId,
        UUID writerId,
        UUID recipientId,
        MessageKind kind,
        @PersonalData(subject = "writerId") String content,
        List<Attachment> attachments,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
