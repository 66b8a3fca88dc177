package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.api.MessageStatus;

/** Receipt is confirmed only for a delivered message. */
public class MessageNotDeliveredException extends CorrespondenceRuleException {

    MessageNotDeliveredException(UUID caseId, UUID messageId, MessageStatus status) {
        super("Case " + caseId + ": message " + messageId + " is " + status + ", not delivered");
    }
}
