package nl.perspectief.cases.casefile.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.api.StaffMembers;

/** Contact always goes through the case's own mediator (impartial guidance, DOMAIN.md): nobody else takes its steps. */
public class NotTheAssignedMediatorException extends CaseRuleException {

    NotTheAssignedMediatorException(UUID caseId, StaffMember by) {
        super("Case " + caseId + ": only its assigned mediator takes this step, not " + StaffMembers.describe(by));
    }

    @Override
    public boolean aboutWhoMayAct() {
        return true;
    }
}
