package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * From case-service's message exchange opened (Kafka): the exchange's id, its two parties and the mediator who runs it.
 * A case may open a new exchange after an earlier one closed (the case reopened); a record of another exchange than the
 * current one changes nothing.
 */
public record OpenCorrespondenceCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID exchangeId,
        UUID applicantId,
        UUID otherPartyId,
        String mediatorId,
        Instant at) {
}
