package nl.perspectief.cases.parties.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A case has one applicant and one other party; others join as network members or representatives. */
public class PartyRoleTakenException extends CaseRuleException {

    PartyRoleTakenException(UUID caseId, String role) {
        super("Case " + caseId + " already has its " + role);
    }
}
