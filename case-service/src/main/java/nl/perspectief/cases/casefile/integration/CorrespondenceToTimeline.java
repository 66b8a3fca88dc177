package nl.perspectief.cases.casefile.integration;

import java.time.Instant;

import nl.perspectief.cases.casefile.api.CorrespondenceStep;
import nl.perspectief.cases.casefile.api.DeliveryChannel;
import nl.perspectief.cases.casefile.api.MessageKind;
import nl.perspectief.cases.casefile.query.CorrespondenceStepRow;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.messaging.v1.CorrespondenceTopicPayload;
import nl.perspectief.events.messaging.v1.MessageDelivered;
import nl.perspectief.events.messaging.v1.ReceiptConfirmed;

/**
 * What messaging-service reports of a case's correspondence, in the case's own words: the only class that knows
 * messaging-service's contract, mapping it word by word (a new payload or value does not compile until someone
 * decides what it means for the case).
 */
final class CorrespondenceToTimeline {

    private CorrespondenceToTimeline() {
    }

    static CorrespondenceStepRow stepOf(Envelope<? extends CorrespondenceTopicPayload> envelope, Instant receivedAt) {
        return switch (envelope.payload()) {
            case MessageDelivered delivered -> new CorrespondenceStepRow(envelope.eventId(), delivered.caseId(),
                    delivered.messageId(), CorrespondenceStep.MESSAGE_DELIVERED, kindOf(delivered.kind()),
                    channelOf(delivered.channel()), delivered.fromPartyId(), delivered.toPartyId(),
                    delivered.mediatorId(), delivered.deliveredAt(), receivedAt);
            case ReceiptConfirmed confirmed -> new CorrespondenceStepRow(envelope.eventId(), confirmed.caseId(),
                    confirmed.messageId(), CorrespondenceStep.RECEIPT_CONFIRMED, null, null, null,
                    confirmed.toPartyId(), confirmed.mediatorId(), confirmed.firstReadAt(), receivedAt);
        };
    }

    private static MessageKind kindOf(nl.perspectief.events.messaging.v1.MessageKind kind) {
        return switch (kind) {
            case LETTER -> MessageKind.LETTER;
            case SPOKEN_MESSAGE_WRITTEN_DOWN -> MessageKind.SPOKEN_MESSAGE_WRITTEN_DOWN;
            case AUDIO_MESSAGE -> MessageKind.AUDIO_MESSAGE;
            case VIDEO_MESSAGE -> MessageKind.VIDEO_MESSAGE;
        };
    }

    private static DeliveryChannel channelOf(nl.perspectief.events.messaging.v1.DeliveryChannel channel) {
        return switch (channel) {
            case POST -> DeliveryChannel.POST;
            case EMAIL -> DeliveryChannel.EMAIL;
            case HANDED_OVER_IN_CONVERSATION -> DeliveryChannel.HANDED_OVER_IN_CONVERSATION;
        };
    }
}
