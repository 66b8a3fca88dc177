package nl.perspectief.messaging.attachments;

import java.util.UUID;

/**
 * One stored attachment, opened: its bytes, or the fact that they were erased with its writer's key. The case, message
 * and writer are here so that whoever serves it can check that it belongs to what was asked for.
 */
public sealed interface AttachmentContent {

    UUID attachmentId();

    UUID caseId();

    UUID messageId();

    UUID writerId();

    String mediaType();

    /**
     * @param fileName the name the uploader gave it, or null when none was given
     * @param bytes    the file, exactly as uploaded (its digest checked against the stored one)
     */
    record Opened(UUID attachmentId, UUID caseId, UUID messageId, UUID writerId, String mediaType, String fileName,
                  byte[] bytes) implements AttachmentContent {

        @Override
        public String toString() {
            // a record would print the array's identity; say what it is, never what it holds
            return "Opened[" + attachmentId + ", " + mediaType + ", " + bytes.length + " bytes]";
        }
    }

    /** The writer's key was shredded: the attachment is known, and gone for good. */
    record Erased(UUID attachmentId, UUID caseId, UUID messageId, UUID writerId, String mediaType)
            implements AttachmentContent {
    }
}
