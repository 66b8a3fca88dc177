package nl.perspectief.cases.casefile.api;

/**
 * What a party consents to (DOMAIN.md, "Consent"). {@link #FORM_OF_CONTACT} names a {@link ContactForm},
 * {@link #SHARE_OUTCOME} names the third party it may be shared with.
 */
public enum ConsentPurpose {
    TAKING_PART,
    APPROACH_OTHER_PARTY,
    BE_NAMED_TO_OTHER_PARTY,
    FORM_OF_CONTACT,
    CONFERENCE_PARTICIPATION,
    SHARE_OUTCOME
}
