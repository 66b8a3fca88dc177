package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** Only an exchange that was opened and not closed can be resumed. */
public class NoMessageExchangeException extends CaseRuleException {

    NoMessageExchangeException(UUID caseId) {
        super("Case " + caseId + " has no open or suspended message exchange");
    }
}
