package nl.perspectief.cases.casefile.api;

/** Whose network a network member belongs to. */
public enum PartySide {
    APPLICANT_SIDE, OTHER_PARTY_SIDE
}
