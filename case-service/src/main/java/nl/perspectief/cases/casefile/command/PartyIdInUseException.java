package nl.perspectief.cases.casefile.command;

import java.util.UUID;

/** A party id is a data subject of its own: it is never given to a second person. */
public class PartyIdInUseException extends CaseRuleException {

    PartyIdInUseException(UUID caseId, UUID partyId) {
        super("Case " + caseId + " already has a party " + partyId + " in another role");
    }
}
