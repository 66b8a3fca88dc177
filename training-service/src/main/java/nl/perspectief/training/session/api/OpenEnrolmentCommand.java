package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.perspectief.training.course.api.StaffMember;

/** A trainer opens enrolment now, before the planned moment; an open session stays open (unchanged). */
public record OpenEnrolmentCommand(@TargetAggregateIdentifier UUID sessionId, StaffMember performedBy, Instant at) {
}
