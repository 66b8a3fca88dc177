package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** Case-service closed the exchange (or the case): nothing moves any more. */
public record CorrespondenceClosedEvent(
        UUID caseId,
        UUID exchangeId,
        Instant at) implements CorrespondenceEvent {
}
