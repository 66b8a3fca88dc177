package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From case-service's message exchange closed or case closed (Kafka). */
public record CloseCorrespondenceCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID exchangeId,
        Instant at) {
}
