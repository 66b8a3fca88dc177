package nl.perspectief.cases.contact.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A suspended exchange is resumed, not opened again, so the break stays in its history. */
public class MessageExchangeSuspendedException extends CaseRuleException {

    MessageExchangeSuspendedException(UUID caseId) {
        super("Case " + caseId + ": the message exchange is suspended; resume it");
    }
}
