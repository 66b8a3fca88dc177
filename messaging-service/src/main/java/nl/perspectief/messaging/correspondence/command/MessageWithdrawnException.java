package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** A withdrawn message is a tombstone: it moves no more. */
public class MessageWithdrawnException extends CorrespondenceRuleException {

    MessageWithdrawnException(UUID caseId, UUID messageId) {
        super("Case " + caseId + ": message " + messageId + " was withdrawn");
    }
}
