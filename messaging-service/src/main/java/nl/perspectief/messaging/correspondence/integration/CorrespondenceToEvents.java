package nl.perspectief.messaging.correspondence.integration;

import java.util.Optional;

import nl.perspectief.events.messaging.v1.CorrespondenceTopicPayload;
import nl.perspectief.events.messaging.v1.DeliveryChannel;
import nl.perspectief.events.messaging.v1.MessageDelivered;
import nl.perspectief.events.messaging.v1.MessageKind;
import nl.perspectief.events.messaging.v1.ReceiptConfirmed;
import nl.perspectief.messaging.correspondence.api.CorrespondenceClosedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceMediatorSetEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceOpenedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceResumedEvent;
import nl.perspectief.messaging.correspondence.api.CorrespondenceSuspendedEvent;
import nl.perspectief.messaging.correspondence.api.MessageApprovedEvent;
import nl.perspectief.messaging.correspondence.api.MessageDeliveredEvent;
import nl.perspectief.messaging.correspondence.api.MessageRecordedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRedactedEvent;
import nl.perspectief.messaging.correspondence.api.MessageReturnedEvent;
import nl.perspectief.messaging.correspondence.api.MessageRevisedEvent;
import nl.perspectief.messaging.correspondence.api.MessageWithdrawnEvent;
import nl.perspectief.messaging.correspondence.api.ReceiptConfirmedEvent;

/**
 * The correspondence's events that others may know of, in the words of shared-events' contract: a message delivered
 * and its receipt confirmed, by ids, kind and channel. What happens before delivery (recording, review, returns,
 * redactions) is between the writer and the mediator and stays in this service; what a message says never leaves it.
 */
final class CorrespondenceToEvents {

    private CorrespondenceToEvents() {
    }

    static Optional<CorrespondenceTopicPayload> payloadOf(CorrespondenceEvent event) {
        return Optional.ofNullable(switch (event) {
            case MessageDeliveredEvent delivered -> new MessageDelivered(delivered.caseId(), delivered.messageId(),
                    delivered.version(), delivered.writerId(), delivered.recipientId(), MessageKind.valueOf(delivered.kind().name()),
                    DeliveryChannel.valueOf(delivered.channel().name()), delivered.deliveredAt(),
                    delivered.performedBy().staffId());
            case ReceiptConfirmedEvent confirmed -> new ReceiptConfirmed(confirmed.caseId(), confirmed.messageId(),
                    confirmed.recipientId(), confirmed.firstReadAt(), confirmed.performedBy().staffId());
            case CorrespondenceMediatorSetEvent set -> null;
            case CorrespondenceOpenedEvent opened -> null;
            case CorrespondenceSuspendedEvent suspended -> null;
            case CorrespondenceResumedEvent resumed -> null;
            case CorrespondenceClosedEvent closed -> null;
            case MessageRecordedEvent recorded -> null;
            case MessageApprovedEvent approved -> null;
            case MessageReturnedEvent returned -> null;
            case MessageRevisedEvent revised -> null;
            case MessageRedactedEvent redacted -> null;
            case MessageWithdrawnEvent withdrawn -> null;
        });
    }
}
