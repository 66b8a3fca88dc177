package nl.perspectief.messaging.attachments;

import java.util.UUID;

/**
 * An attachment as a message version names it (the correspondence's {@code Attachment}, component for component): no
 * file name and no bytes, which stay sealed in the {@link AttachmentStore}.
 */
public record StoredAttachment(UUID attachmentId, String mediaType, long sizeBytes, String sha256) {
}
