package nl.perspectief.events.training.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A participant completed a session by the course's rule. Wire type {@code ParticipantCompleted.v1}.
 *
 * @param netHours            the course's net hours
 * @param accreditationPoints the points earned (one per net hour), or {@code null} for a course without accreditation
 */
public record ParticipantCompleted(
        UUID sessionId,
        UUID enrolmentId,
        UUID courseId,
        Audience audience,
        BigDecimal netHours,
        BigDecimal accreditationPoints,
        Instant completedAt) implements TrainingTopicPayload {

    public ParticipantCompleted {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(enrolmentId, "enrolmentId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(netHours, "netHours");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
