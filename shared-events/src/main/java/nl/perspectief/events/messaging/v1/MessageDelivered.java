package nl.perspectief.events.messaging.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An approved message reached the party it was for. Wire type {@code MessageDelivered.v1}.
 *
 * <p>Who needs it: case-service, whose timeline of the case shows that a letter went from one side to the other,
 * how and when, among the case's own steps; compliance reads it there against the consents that held.
 *
 * @param messageId   the message, the same id in its {@link ReceiptConfirmed}
 * @param version     which version of the message was delivered (1, or higher after a return or a redaction)
 * @param fromPartyId the data-subject id of the party who wrote it
 * @param toPartyId   the data-subject id of the party it was delivered to
 * @param mediatorId  the staff id of the mediator who delivered it: the id they sign in with, never a display name
 */
public record MessageDelivered(
        UUID caseId,
        UUID messageId,
        int version,
        UUID fromPartyId,
        UUID toPartyId,
        MessageKind kind,
        DeliveryChannel channel,
        Instant deliveredAt,
        String mediatorId) implements CorrespondenceTopicPayload {

    public MessageDelivered {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(messageId, "messageId");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
        Objects.requireNonNull(fromPartyId, "fromPartyId");
        Objects.requireNonNull(toPartyId, "toPartyId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
        Objects.requireNonNull(mediatorId, "mediatorId");
    }
}
