package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.training.course.api.StaffMember;

/** The session is over, after one completion event per confirmed participant. */
public record SessionCompletedEvent(UUID sessionId, int completed, int notCompleted, StaffMember performedBy,
                                    Instant at) implements SessionEvent {
}
