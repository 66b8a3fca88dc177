package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * The writer's revision of a returned message: a new version, awaiting review again; the earlier stays in the history.
 */
public record MessageRevisedEvent(
        UUID caseId,
        UUID messageId,
        int version,
        UUID writerId,
        @PersonalData(subject = "writerId") String content,
        List<Attachment> attachments,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
