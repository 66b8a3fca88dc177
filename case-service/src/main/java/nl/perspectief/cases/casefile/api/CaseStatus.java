package nl.perspectief.cases.casefile.api;

/** Where a case stands in its life; later steps (triage, consent, contact, closure) add their own. */
public enum CaseStatus {
    AWAITING_TRIAGE
}
