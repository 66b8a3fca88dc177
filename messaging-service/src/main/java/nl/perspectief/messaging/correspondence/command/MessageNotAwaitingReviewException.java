package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.api.MessageStatus;

/** Only a message awaiting review is approved or returned. */
public class MessageNotAwaitingReviewException extends CorrespondenceRuleException {

    MessageNotAwaitingReviewException(UUID caseId, UUID messageId, MessageStatus status) {
        super("Case " + caseId + ": message " + messageId + " is " + status + ", not awaiting review");
    }
}
