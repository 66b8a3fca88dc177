package nl.perspectief.training.session.api;

/** Where one enrolment stands. */
public enum EnrolmentStatus {
    /** Has a place. */
    CONFIRMED,
    /** On the waiting list, at a position. */
    WAITING,
    /** Offered a freed place, held for them until the offer expires. */
    OFFERED,
    /** Ended without a place (see {@link EnrolmentEnd} for why); the person may enrol again. */
    CANCELLED
}
