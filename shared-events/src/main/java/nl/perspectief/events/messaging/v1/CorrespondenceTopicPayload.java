package nl.perspectief.events.messaging.v1;

import java.util.UUID;

/**
 * Every payload published on {@link nl.perspectief.events.Topics#MESSAGING_CORRESPONDENCE_EVENTS_V1}. Sealed so that
 * a producer's mapper and a consumer's handler can switch over the correspondence's events exhaustively, and so the
 * Kafka key is always at hand: {@link #caseId()}.
 */
public sealed interface CorrespondenceTopicPayload permits MessageDelivered, ReceiptConfirmed {

    /** The case whose correspondence this is, and the Kafka record key. */
    UUID caseId();
}
