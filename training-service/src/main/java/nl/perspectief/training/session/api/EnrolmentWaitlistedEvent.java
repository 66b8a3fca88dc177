package nl.perspectief.training.session.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrolment joined the waiting list, every place being taken.
 *
 * @param position its place on the list, 1 the first; the last on the list when it joined
 */
public record EnrolmentWaitlistedEvent(UUID sessionId, UUID enrolmentId, UUID participantId, int position, Instant at)
        implements SessionEvent {
}
