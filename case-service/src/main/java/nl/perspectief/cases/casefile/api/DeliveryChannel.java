package nl.perspectief.cases.casefile.api;

/**
 * How a message reached the party it was for, as messaging-service reports it. The case's own word for it, with the
 * names of messaging-service's contract of the same name, mapped by its consumer.
 */
public enum DeliveryChannel {
    POST, EMAIL, HANDED_OVER_IN_CONVERSATION
}
