package nl.perspectief.events.training.v1;

/** Who enrolled the participant, as a kind. */
public enum EnrolledBy {
    /** The participant on the public page. */
    SELF,
    /** A trainer of the organisation. */
    TRAINER,
    /** The participant's professional, such as a probation officer or prison staff. */
    PROFESSIONAL
}
