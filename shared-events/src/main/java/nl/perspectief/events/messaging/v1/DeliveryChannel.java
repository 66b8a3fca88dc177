package nl.perspectief.events.messaging.v1;

/** How a message reached the party it was for. */
public enum DeliveryChannel {
    POST,
    EMAIL,
    /** The mediator gave it to the party in a conversation. */
    HANDED_OVER_IN_CONVERSATION
}
