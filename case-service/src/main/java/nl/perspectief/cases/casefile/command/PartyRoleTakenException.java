package nl.perspectief.cases.casefile.command;

import java.util.UUID;

/** A case has one applicant and one other party; others join as network members or representatives. */
public class PartyRoleTakenException extends CaseRuleException {

    PartyRoleTakenException(UUID caseId, String role) {
        super("Case " + caseId + " already has its " + role);
    }
}
