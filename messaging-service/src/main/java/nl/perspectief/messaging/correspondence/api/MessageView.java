package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One message: where it stands, each of its versions (the newest last) and each step taken with it. */
public record MessageView(UUID messageId, UUID writerId, UUID recipientId, MessageKind kind, MessageStatus status,
                          int version, Instant recordedAt, DeliveryChannel channel, Instant deliveredAt,
                          Instant firstReadAt, List<MessageVersionView> versions, List<MessageStepView> steps) {

    /** The version under review, approved, or delivered: the newest. */
    public MessageVersionView current() {
        return versions.getLast();
    }
}
