package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.List;

/**
 * One version of a message as it was recorded: nothing is edited in place.
 *
 * @param content what it says; {@code null} when the writer's personal data was erased
 * @param erased  whether the content was erased (the writer's key shredded)
 */
public record MessageVersionView(int version, VersionOrigin origin, String recordedBy, Instant recordedAt,
                                 String content, boolean erased, List<Attachment> attachments) {
}
