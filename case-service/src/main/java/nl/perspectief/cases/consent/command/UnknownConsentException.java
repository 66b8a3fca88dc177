package nl.perspectief.cases.consent.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** Only a consent recorded on this case can be withdrawn. */
public class UnknownConsentException extends CaseRuleException {

    UnknownConsentException(UUID caseId, UUID consentId) {
        super("Case " + caseId + " has no consent " + consentId);
    }
}
