package nl.perspectief.messaging.attachments;

import java.time.Instant;
import java.util.UUID;

/**
 * An attachment of a message, to list it without its bytes.
 *
 * @param fileName the name the uploader gave it, opened with the writer's key; null when none was given or when the
 *                 writer's key was shredded ({@code erased})
 * @param erased   the writer was erased: the name and the bytes can never be read again
 */
public record AttachmentSummary(UUID attachmentId, UUID messageId, String mediaType, long sizeBytes, String sha256,
                                String fileName, boolean erased, Instant storedAt) {
}
