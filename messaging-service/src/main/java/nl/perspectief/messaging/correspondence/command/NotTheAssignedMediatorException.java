package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** Every message passes the case's own mediator: nobody else records, reviews or delivers one. */
public class NotTheAssignedMediatorException extends CorrespondenceRuleException {

    NotTheAssignedMediatorException(UUID caseId, String staffId) {
        super("Case " + caseId + ": only its assigned mediator acts, not " + staffId);
    }
}
