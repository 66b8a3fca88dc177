package nl.perspectief.events.cases.v1;

/** What a party consented to; each consent is for one purpose. */
public enum ConsentPurpose {
    /** Taking part in mediation at all. */
    TAKING_PART,
    /** The applicant allows the mediator to approach the other party. */
    APPROACH_OTHER_PARTY,
    /** The applicant allows their name to be given to the other party. */
    BE_NAMED_TO_OTHER_PARTY,
    /** One form of contact, named by {@link ContactForm}. */
    FORM_OF_CONTACT,
    /** Taking part in a conference, given by each network member for themselves. */
    CONFERENCE_PARTICIPATION,
    /** Sharing the outcome with a named third party, such as the public prosecutor. */
    SHARE_OUTCOME
}
