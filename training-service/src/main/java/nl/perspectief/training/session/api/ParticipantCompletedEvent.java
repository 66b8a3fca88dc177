package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/** A confirmed participant met the session's completion rule: a certificate may be issued. */
public record ParticipantCompletedEvent(UUID sessionId, UUID enrolmentId, UUID participantId, int excusedDays,
                                        Instant at) implements SessionEvent {
}
