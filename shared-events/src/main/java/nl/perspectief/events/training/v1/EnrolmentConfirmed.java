package nl.perspectief.events.training.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant has a place in a session. Wire type {@code EnrolmentConfirmed.v1}.
 *
 * @param enrolmentId      the enrolment, the same id when the participant completes
 * @param enrolledBy       who enrolled them, as a kind
 * @param fromWaitingList  whether the place came through an offer to the first on the waiting list
 */
public record EnrolmentConfirmed(
        UUID sessionId,
        UUID enrolmentId,
        Audience audience,
        EnrolledBy enrolledBy,
        boolean fromWaitingList,
        Instant confirmedAt) implements TrainingTopicPayload {

    public EnrolmentConfirmed {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(enrolmentId, "enrolmentId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(enrolledBy, "enrolledBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
}
