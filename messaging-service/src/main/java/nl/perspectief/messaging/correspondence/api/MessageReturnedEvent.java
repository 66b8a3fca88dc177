package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * The mediator returned this version to its writer with the reason, which may quote the message and so is the writer's
 * personal data.
 */
public record MessageReturnedEvent(
        UUID caseId,
        UUID messageId,
        int version,
        UUID writerId,
        @PersonalData(subject = "writerId") String reason,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
