package nl.perspectief.events.cases.v1;

/** Which side of the case a party is on: the one who applied, or the one they want contact with. */
public enum PartySide {
    APPLICANT, OTHER_PARTY
}
