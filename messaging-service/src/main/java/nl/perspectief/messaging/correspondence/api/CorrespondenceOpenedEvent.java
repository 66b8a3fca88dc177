package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** Case-service opened the message exchange between these two parties. */
public record CorrespondenceOpenedEvent(
        UUID caseId,
        UUID exchangeId,
        UUID applicantId,
        UUID otherPartyId,
        Instant at) implements CorrespondenceEvent {
}
