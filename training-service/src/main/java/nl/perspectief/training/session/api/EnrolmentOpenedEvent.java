package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.training.course.api.StaffMember;

/**
 * Enrolment began: at planning when its window had begun, when the window began, or earlier by a trainer.
 *
 * @param performedBy the trainer who opened it, or null when it opened with its window
 */
public record EnrolmentOpenedEvent(UUID sessionId, StaffMember performedBy, Instant at) implements SessionEvent {
}
