package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** The other party confirmed receipt, and when they first read it. */
public record ReceiptConfirmedEvent(
        UUID caseId,
        UUID messageId,
        UUID recipientId,
        Instant firstReadAt,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
