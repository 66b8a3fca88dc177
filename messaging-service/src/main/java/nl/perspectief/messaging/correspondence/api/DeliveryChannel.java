package nl.perspectief.messaging.correspondence.api;

/** How a message reached the other party. */
public enum DeliveryChannel {
    POST, EMAIL, HANDED_OVER_IN_CONVERSATION
}
