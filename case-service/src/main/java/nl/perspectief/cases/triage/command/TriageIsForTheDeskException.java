package nl.perspectief.cases.triage.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import nl.perspectief.cases.casefile.api.StaffMembers;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.StaffMember;

/** Triage (accept, decline, link, assign) is the registration desk's work, not a mediator's. */
public class TriageIsForTheDeskException extends CaseRuleException {

    public TriageIsForTheDeskException(UUID caseId, StaffMember by) {
        super("Case " + caseId + ": triage is for the desk, not for " + StaffMembers.describe(by));
    }

    @Override
    public boolean aboutWhoMayAct() {
        return true;
    }
}
