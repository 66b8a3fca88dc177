package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.training.course.api.StaffMember;

/**
 * The session was called off. Every enrolment it ended is listed (confirmed, waiting and offered), so everyone
 * enrolled can be told; none of them needs an event of its own.
 */
public record SessionCancelledEvent(UUID sessionId, String reason, List<AffectedEnrolment> affected,
                                    StaffMember performedBy, Instant at) implements SessionEvent {
}
