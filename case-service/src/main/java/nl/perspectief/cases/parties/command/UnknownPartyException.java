package nl.perspectief.cases.parties.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** Steps name parties of this case only. */
public class UnknownPartyException extends CaseRuleException {

    UnknownPartyException(UUID caseId, UUID partyId) {
        super("Case " + caseId + " has no party " + partyId);
    }
}
