package nl.perspectief.training.course.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A course as the catalogue shows it.
 *
 * @param accreditationPoints one per net hour when accredited, else null
 * @param revisedAt           null until the course is revised
 */
public record CourseView(UUID courseId, String title, Audience audience, String description, BigDecimal netHours,
                         Accreditation accreditation, BigDecimal accreditationPoints, CompletionRule completionRule,
                         Instant plannedAt, Instant revisedAt) {

    /** What a session planned now copies. */
    public CourseFacts facts() {
        return new CourseFacts(title, audience, netHours, accreditation, completionRule);
    }
}
