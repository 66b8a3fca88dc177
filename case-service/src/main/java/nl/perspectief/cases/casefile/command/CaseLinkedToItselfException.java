package nl.perspectief.cases.casefile.command;

import java.util.UUID;

/** A case cannot relate to or duplicate itself. */
public class CaseLinkedToItselfException extends CaseRuleException {

    CaseLinkedToItselfException(UUID caseId) {
        super("Case " + caseId + " cannot be linked to itself");
    }
}
