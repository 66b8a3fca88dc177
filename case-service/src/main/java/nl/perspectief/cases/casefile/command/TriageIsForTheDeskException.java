package nl.perspectief.cases.casefile.command;

import java.util.UUID;

import nl.perspectief.cases.casefile.api.StaffMember;

/** Triage (accept, decline, link, assign) is the registration desk's work, not a mediator's. */
public class TriageIsForTheDeskException extends CaseRuleException {

    TriageIsForTheDeskException(UUID caseId, StaffMember by) {
        super("Case " + caseId + ": triage is for the desk, not for " + StaffMembers.describe(by));
    }
}
