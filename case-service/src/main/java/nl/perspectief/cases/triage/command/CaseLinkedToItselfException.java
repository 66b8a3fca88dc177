package nl.perspectief.cases.triage.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A case cannot relate to or duplicate itself. */
public class CaseLinkedToItselfException extends CaseRuleException {

    CaseLinkedToItselfException(UUID caseId) {
        super("Case " + caseId + " cannot be linked to itself");
    }
}
