package nl.perspectief.messaging.correspondence.api;

/** A step in the life of a message, as its history shows it. */
public enum MessageStep {
    RECORDED, APPROVED, RETURNED, REVISED, REDACTED, DELIVERED, RECEIPT_CONFIRMED, WITHDRAWN
}
