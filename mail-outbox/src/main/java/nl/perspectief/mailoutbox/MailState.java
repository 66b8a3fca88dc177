package nl.perspectief.mailoutbox;

/** Where a queued mail is; the {@code state} column of {@code mail_outbox}. */
enum MailState {
    /** Waiting for its (next) attempt at {@code next_attempt_at}. */
    PENDING,
    /** Accepted by the SMTP server; its address and variables are gone from the table. */
    SENT,
    /** Every attempt failed; kept sealed for an operator, never tried again by itself. */
    FAILED_PERMANENTLY,
    /** Its recipient's data subject was erased before it was sent: dropped, never sent. */
    ERASED
}
