package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** What the other party received is not changed or withdrawn afterwards: a correction is a new message. */
public class MessageAlreadyDeliveredException extends CorrespondenceRuleException {

    MessageAlreadyDeliveredException(UUID caseId, UUID messageId) {
        super("Case " + caseId + ": message " + messageId + " was delivered already");
    }
}
