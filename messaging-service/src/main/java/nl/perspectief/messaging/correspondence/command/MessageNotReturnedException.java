package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.api.MessageStatus;

/** Only a returned message is revised by its writer. */
public class MessageNotReturnedException extends CorrespondenceRuleException {

    MessageNotReturnedException(UUID caseId, UUID messageId, MessageStatus status) {
        super("Case " + caseId + ": message " + messageId + " is " + status + ", not returned");
    }
}
