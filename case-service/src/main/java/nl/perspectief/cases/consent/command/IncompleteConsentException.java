package nl.perspectief.cases.consent.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A consent to a form of contact names the form; one to share the outcome names with whom. */
public class IncompleteConsentException extends CaseRuleException {

    IncompleteConsentException(UUID caseId, UUID consentId) {
        super("Case " + caseId + ": consent " + consentId + " does not say which form or with whom");
    }
}
