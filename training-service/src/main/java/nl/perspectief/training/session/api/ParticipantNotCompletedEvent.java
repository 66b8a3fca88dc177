package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/** A confirmed participant did not meet the session's completion rule, and which part they missed. */
public record ParticipantNotCompletedEvent(UUID sessionId, UUID enrolmentId, UUID participantId,
                                           NotCompletedReason reason, int absentDays, int excusedDays, Instant at)
        implements SessionEvent {
}
