package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From case-service's message exchange suspended (Kafka). */
public record SuspendCorrespondenceCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID exchangeId,
        SuspensionReason reason,
        Instant at) {
}
