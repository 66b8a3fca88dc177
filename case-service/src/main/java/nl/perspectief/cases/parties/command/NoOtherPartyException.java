package nl.perspectief.cases.parties.command;

import nl.perspectief.cases.casefile.api.CaseRuleException;
import java.util.UUID;

/** Contact needs someone to contact: the case must know its other party first. */
public class NoOtherPartyException extends CaseRuleException {

    NoOtherPartyException(UUID caseId) {
        super("Case " + caseId + " has no other party yet; add one first");
    }
}
