package nl.perspectief.cases.triage.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CaseStatus;

/** A mediator is assigned only to a case the desk found in scope. */
public class CaseNotAcceptedException extends CaseRuleException {

    CaseNotAcceptedException(UUID caseId, CaseStatus status) {
        super("Case " + caseId + " is " + status + ": accept it before assigning a mediator");
    }
}
