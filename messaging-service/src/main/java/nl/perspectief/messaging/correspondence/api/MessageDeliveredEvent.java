package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** The approved version reached the other party. */
public record MessageDeliveredEvent(
        UUID caseId,
        UUID messageId,
        int version,
        UUID writerId,
        UUID recipientId,
        MessageKind kind,
        DeliveryChannel channel,
        Instant deliveredAt,
        StaffMember performedBy,
        Instant at) implements CorrespondenceEvent {
}
