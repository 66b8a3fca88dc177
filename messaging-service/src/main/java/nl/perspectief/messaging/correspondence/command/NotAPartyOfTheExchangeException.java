package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** A message goes from one party of the exchange to the other, never to or from anyone else. */
public class NotAPartyOfTheExchangeException extends CorrespondenceRuleException {

    NotAPartyOfTheExchangeException(UUID caseId, UUID partyId) {
        super("Case " + caseId + ": " + partyId + " is not a party of the message exchange");
    }
}
