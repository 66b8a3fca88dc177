package nl.perspectief.messaging.correspondence.api;

import java.util.UUID;

/**
 * A file that is part of one version of a message (a scan, a photo, a recorded audio or video message), as the events
 * name it: no file name and no bytes, which are the writer's and kept sealed in the attachment store.
 *
 * @param mediaType what the content is, as detected from the bytes themselves
 * @param sha256    the digest of the bytes, so a version names exactly what was reviewed
 */
public record Attachment(UUID attachmentId, String mediaType, long sizeBytes, String sha256) {
}
