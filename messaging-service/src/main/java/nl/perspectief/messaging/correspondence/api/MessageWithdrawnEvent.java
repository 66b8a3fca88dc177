package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** The writer withdrew the message: it stays in the history as a tombstone and moves no more. */
public record MessageWithdrawnEvent(
        UUID caseId,
        UUID messageId,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
