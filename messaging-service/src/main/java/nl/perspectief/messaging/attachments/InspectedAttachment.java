package nl.perspectief.messaging.attachments;

/**
 * What {@link AttachmentInspector} found in an accepted upload, from its bytes alone.
 *
 * @param mediaType the type Tika detected in the bytes (never the name's or the declared Content-Type)
 * @param size      the number of bytes
 * @param sha256    the SHA-256 of the bytes, lower-case hex: what a message version names, so it names exactly the
 *                  file that was reviewed
 */
public record InspectedAttachment(String mediaType, long size, String sha256) {
}
