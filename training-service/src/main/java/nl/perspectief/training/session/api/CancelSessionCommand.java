package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.perspectief.training.course.api.StaffMember;

/** A trainer calls a session off before it is completed, for a reason (required) that everyone enrolled is told. */
public record CancelSessionCommand(@TargetAggregateIdentifier UUID sessionId, String reason, StaffMember performedBy,
                                   Instant at) {
}
