package nl.perspectief.events.messaging.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The party a message was delivered to confirmed receiving it. Wire type {@code ReceiptConfirmed.v1}.
 *
 * <p>Who needs it: case-service's timeline, as for {@link MessageDelivered}. It may arrive on its own: a consumer
 * that has not seen the delivery (yet) keeps it all the same.
 *
 * @param messageId   the message delivered
 * @param toPartyId   the data-subject id of the party who received it
 * @param firstReadAt when the party first read it, as they or the mediator recorded it
 * @param mediatorId  the staff id of the mediator who recorded the receipt
 */
public record ReceiptConfirmed(
        UUID caseId,
        UUID messageId,
        UUID toPartyId,
        Instant firstReadAt,
        String mediatorId) implements CorrespondenceTopicPayload {

    public ReceiptConfirmed {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(toPartyId, "toPartyId");
        Objects.requireNonNull(firstReadAt, "firstReadAt");
        Objects.requireNonNull(mediatorId, "mediatorId");
    }
}
