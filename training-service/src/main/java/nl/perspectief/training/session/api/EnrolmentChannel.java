package nl.perspectief.training.session.api;

/** Who put the enrolment in. */
public enum EnrolmentChannel {
    /** The participant, on the public page. */
    SELF,
    /** A trainer, on their page. */
    TRAINER,
    /** A probation officer or a member of prison staff, on the public page, for the participant. */
    PROFESSIONAL
}
