package nl.perspectief.cases.casefile.api;

/**
 * The applicant's role in the event.
 * The case's own word for it, with the names of intake's contract of the same name: stored events read back
 * unchanged, and a change of intake's contract reaches the case only through the consumer's mapping.
 */
public enum ApplicantRole {
    VICTIM, BEREAVED_RELATIVE, OFFENDER, CAUSED_ACCIDENT, FAMILY_MEMBER, WITNESS, OTHER
}
