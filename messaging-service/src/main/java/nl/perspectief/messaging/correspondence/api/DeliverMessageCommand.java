package nl.perspectief.messaging.correspondence.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The approved message reached the other party, by this channel, at that moment. */
public record DeliverMessageCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID messageId,
        DeliveryChannel channel,
        Instant deliveredAt,
        StaffMember performedBy,
        Instant at) {
}
