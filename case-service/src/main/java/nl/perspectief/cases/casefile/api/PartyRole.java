package nl.perspectief.cases.casefile.api;

/** The part a person plays in the case; applicant and other party come from the registration. */
public enum PartyRole {
    APPLICANT, OTHER_PARTY, NETWORK_MEMBER, MINOR_REPRESENTATIVE
}
