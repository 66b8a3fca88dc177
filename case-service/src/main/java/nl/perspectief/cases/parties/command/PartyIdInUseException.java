package nl.perspectief.cases.parties.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** A party id is a data subject of its own: it is never given to a second person. */
public class PartyIdInUseException extends CaseRuleException {

    PartyIdInUseException(UUID caseId, UUID partyId) {
        super("Case " + caseId + " already has a party " + partyId + " in another role");
    }
}
