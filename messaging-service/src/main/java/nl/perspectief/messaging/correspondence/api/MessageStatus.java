package nl.perspectief.messaging.correspondence.api;

/**
 * Where a message stands: recorded and awaiting the mediator's review, returned to its writer with a reason, approved,
 * delivered, its receipt confirmed, or withdrawn (a tombstone that stays visible).
 */
public enum MessageStatus {
    AWAITING_REVIEW, RETURNED, APPROVED, DELIVERED, RECEIVED, WITHDRAWN
}
