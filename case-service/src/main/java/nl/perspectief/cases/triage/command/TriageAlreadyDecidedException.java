package nl.perspectief.cases.triage.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.CaseStatus;

/** Scope is decided once: an accepted case is not declined, a declined one is not accepted. */
public class TriageAlreadyDecidedException extends CaseRuleException {

    TriageAlreadyDecidedException(UUID caseId, CaseStatus status) {
        super("Case " + caseId + " was already triaged: it is " + status);
    }
}
