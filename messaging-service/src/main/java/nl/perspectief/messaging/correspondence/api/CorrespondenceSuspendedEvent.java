package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

/** Case-service suspended the exchange (a consent it needs was withdrawn): everything is frozen. */
public record CorrespondenceSuspendedEvent(
        UUID caseId,
        UUID exchangeId,
        SuspensionReason reason,
        Instant at) implements CorrespondenceEvent {
}
