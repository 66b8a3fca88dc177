package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** A new message needs an id of its own. */
public class MessageIdInUseException extends CorrespondenceRuleException {

    MessageIdInUseException(UUID caseId, UUID messageId) {
        super("Case " + caseId + ": message " + messageId + " exists already");
    }
}
