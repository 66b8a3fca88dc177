package nl.perspectief.cases.consent.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A consent id names one consent for good, so a withdrawal can never hit the wrong one. */
public class ConsentIdInUseException extends CaseRuleException {

    ConsentIdInUseException(UUID caseId, UUID consentId) {
        super("Case " + caseId + ": consent id " + consentId + " is already used for another consent");
    }
}
