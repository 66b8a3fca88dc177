package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.perspectief.training.course.api.StaffMember;

/** The session begins, on or after its first day. The first attendance mark starts it too. */
public record StartSessionCommand(@TargetAggregateIdentifier UUID sessionId, StaffMember performedBy, Instant at) {
}
