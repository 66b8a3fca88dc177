package nl.perspectief.cases.casefile.api;

/** How the mediator tried to reach a party. */
public enum ApproachChannel {
    LETTER, PHONE, THROUGH_JUSTICE_PARTNER
}
