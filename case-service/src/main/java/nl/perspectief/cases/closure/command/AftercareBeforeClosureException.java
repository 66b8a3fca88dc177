package nl.perspectief.cases.closure.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** Aftercare follows closure; before it, the mediator records conversations and contact attempts. */
public class AftercareBeforeClosureException extends CaseRuleException {

    AftercareBeforeClosureException(UUID caseId) {
        super("Case " + caseId + " is not closed: record a conversation instead of aftercare");
    }
}
