package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrolment was cancelled; a confirmed or offered place it had is free again (and offered to the next waiting in
 * the events that follow).
 */
public record EnrolmentCancelledEvent(UUID sessionId, UUID enrolmentId, UUID participantId,
                                      EnrolmentStatus statusBefore, Actor by, Instant at) implements SessionEvent {
}
