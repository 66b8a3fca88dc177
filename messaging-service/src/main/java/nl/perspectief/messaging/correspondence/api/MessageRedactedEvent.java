package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A passage redacted by the mediator with the writer's agreement: a new version; the original stays in the history. */
public record MessageRedactedEvent(
        UUID caseId,
        UUID messageId,
        int version,
        UUID writerId,
        @PersonalData(subject = "writerId") String content,
        List<Attachment> attachments,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
