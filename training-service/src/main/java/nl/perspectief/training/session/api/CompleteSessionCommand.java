package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.perspectief.training.course.api.StaffMember;

/**
 * A trainer closes a running session after its last day ended; every confirmed participant must be marked for every
 * day. Each is then completed or not by the session's completion rule.
 */
public record CompleteSessionCommand(@TargetAggregateIdentifier UUID sessionId, StaffMember performedBy, Instant at) {
}
