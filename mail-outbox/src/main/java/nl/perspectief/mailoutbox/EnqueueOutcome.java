package nl.perspectief.mailoutbox;

/** What {@link MailOutbox#enqueue} did with a mail. */
public enum EnqueueOutcome {
    /** Queued now; it will be sent. */
    QUEUED,
    /** A mail with this id was queued before (a redelivered event): nothing changed. */
    ALREADY_QUEUED,
    /** The recipient's data subject has been erased: nothing was queued, and nothing will be sent. */
    RECIPIENT_ERASED
}
