package nl.perspectief.events.intake.v1;

/** The applicant's role in the event. */
public enum ApplicantRole {
    VICTIM, BEREAVED_RELATIVE, OFFENDER, CAUSED_ACCIDENT, FAMILY_MEMBER, WITNESS, OTHER
}
