package nl.perspectief.messaging.correspondence.command;

import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;

/** A redaction takes away, never adds: it may keep or drop the version's attachments, not bring new ones. */
public class RedactionAddsAttachmentException extends CorrespondenceRuleException {

    RedactionAddsAttachmentException(UUID caseId, UUID messageId) {
        super("Case " + caseId + ": a redaction of message " + messageId + " may not add an attachment");
    }
}
