package nl.perspectief.messaging.correspondence.query;

import java.util.List;
import java.util.UUID;

import nl.perspectief.messaging.correspondence.api.Attachment;
import nl.perspectief.personaldata.PersonalData;

/** What one version says, stored encrypted for its writer in {@code correspondence_message_version.document}. */
record VersionDocument(UUID writerId, @PersonalData(subject = "writerId") String content, List<Attachment> attachments) {
}
