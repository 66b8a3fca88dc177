package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** From case-service's mediator assigned or reassigned (Kafka). */
public record SetCorrespondenceMediatorCommand(
        @TargetAggregateIdentifier UUID caseId,
        String mediatorId,
        Instant at) {
}
