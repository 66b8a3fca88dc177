package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** A passage is redacted only with the writer's agreement. */
public class RedactionWithoutWriterAgreementException extends CorrespondenceRuleException {

    RedactionWithoutWriterAgreementException(UUID caseId, UUID messageId) {
        super("Case " + caseId + ": message " + messageId + " is redacted only with its writer's agreement");
    }
}
