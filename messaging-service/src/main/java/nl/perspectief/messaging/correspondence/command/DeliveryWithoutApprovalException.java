package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.messaging.correspondence.api.MessageStatus;

/** No message reaches the other party before the mediator approved its current version. */
public class DeliveryWithoutApprovalException extends CorrespondenceRuleException {

    DeliveryWithoutApprovalException(UUID caseId, UUID messageId, MessageStatus status) {
        super("Case " + caseId + ": message " + messageId + " is " + status + ", not approved");
    }
}
