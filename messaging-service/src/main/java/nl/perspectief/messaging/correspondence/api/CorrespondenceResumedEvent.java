package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** Case-service resumed the exchange: messages move again where they stood. */
public record CorrespondenceResumedEvent(
        UUID caseId,
        UUID exchangeId,
        Instant at) implements CorrespondenceEvent {
}
