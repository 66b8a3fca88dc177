package nl.perspectief.training.course.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A course's new title, description, hours, accreditation and completion rule, all of them as they are now. */
public record CourseRevisedEvent(
        UUID courseId,
        String title,
        String description,
        BigDecimal netHours,
        Accreditation accreditation,
        CompletionRule completionRule,
        StaffMember performedBy,
        Instant at) implements CourseEvent {
}
