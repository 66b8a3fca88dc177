package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** The mediator read this version and approved it for delivery. */
public record MessageApprovedEvent(
        UUID caseId,
        UUID messageId,
        int version,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
