package nl.perspectief.training.session.api;

/** Why an enrolment ended without taking part. */
public enum EnrolmentEnd {
    /** Cancelled by the participant or by staff. */
    CANCELLED,
    /** An offered place was declined. */
    OFFER_DECLINED,
    /** An offered place was not taken in time. */
    OFFER_EXPIRED,
    /** The whole session was cancelled. */
    SESSION_CANCELLED
}
