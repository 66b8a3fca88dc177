package nl.perspectief.cases.casefile.api;

/** How a case ended. */
public enum CaseOutcome {
    CONTACT_TOOK_PLACE, OTHER_PARTY_DECLINED, APPLICANT_WITHDREW, NO_RESPONSE, NOT_SUITABLE, OTHER
}
