package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.training.course.api.StaffMember;

/** The session's first day came and it began; enrolment is over. */
public record SessionStartedEvent(UUID sessionId, StaffMember performedBy, Instant at) implements SessionEvent {
}
