package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From case-service's message exchange resumed (Kafka). */
public record ResumeCorrespondenceCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID exchangeId,
        Instant at) {
}
