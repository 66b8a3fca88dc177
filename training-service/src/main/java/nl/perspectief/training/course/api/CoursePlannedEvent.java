package nl.perspectief.training.course.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A course was added to the catalogue.
 *
 * @param netHours with exactly one decimal (6 is kept as 6.0)
 */
public record CoursePlannedEvent(
        UUID courseId,
        String title,
        Audience audience,
        String description,
        BigDecimal netHours,
        Accreditation accreditation,
        CompletionRule completionRule,
        StaffMember performedBy,
        Instant at) implements CourseEvent {
}
