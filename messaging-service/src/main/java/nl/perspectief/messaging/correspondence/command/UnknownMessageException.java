package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** Steps name messages of this correspondence only. */
public class UnknownMessageException extends CorrespondenceRuleException {

    UnknownMessageException(UUID caseId, UUID messageId) {
        super("Case " + caseId + " has no message " + messageId);
    }
}
