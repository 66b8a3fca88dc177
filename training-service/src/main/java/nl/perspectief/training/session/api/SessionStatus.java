package nl.perspectief.training.session.api;

/**
 * Where a session stands. {@link #FULL} is derived, never an event: an open session whose places are all confirmed
 * or held for an offer; it is open again when a place frees and nobody waits.
 */
public enum SessionStatus {
    /** Planned; enrolment has not begun. */
    PLANNED,
    /** Enrolment has begun: a request gets a place, or a place on the waiting list once full. */
    OPEN,
    /** Open, with every place taken: a request joins the waiting list. Only in views. */
    FULL,
    /** Its first day has come. */
    RUNNING,
    /** Over, each participant completed or not. */
    COMPLETED,
    /** Called off, with every enrolment it had. */
    CANCELLED
}
