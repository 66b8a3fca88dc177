package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A case the desk declined is out of scope: nobody is contacted and nothing is scheduled on it. */
public class CaseDeclinedException extends CaseRuleException {

    CaseDeclinedException(UUID caseId) {
        super("Case " + caseId + " was declined at triage");
    }
}
