package nl.perspectief.cases.parties.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A network member belongs to one side; a representative represents a party of the case. */
public class IncompletePartyException extends CaseRuleException {

    IncompletePartyException(UUID caseId, UUID partyId, String missing) {
        super("Case " + caseId + ": party " + partyId + " needs " + missing);
    }
}
