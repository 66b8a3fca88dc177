package nl.perspectief.events.training.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A session of a course was planned. Wire type {@code SessionPlanned.v1}.
 *
 * @param courseId the course it is a session of
 * @param days     its days, in order (a course may span several)
 * @param capacity how many may take part
 */
public record SessionPlanned(
        UUID sessionId,
        UUID courseId,
        Audience audience,
        List<LocalDate> days,
        int capacity,
        LocationKind location,
        Instant plannedAt) implements TrainingTopicPayload {

    public SessionPlanned {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(courseId, "courseId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(plannedAt, "plannedAt");
        days = List.copyOf(days);
    }
}
