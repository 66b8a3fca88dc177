package nl.perspectief.training.course.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A trainer adds a course to the catalogue. Planning the same course id again changes nothing.
 *
 * @param netHours       hours of teaching, breaks excluded: more than zero, one decimal at most (6 or 6.5)
 * @param accreditation  null, or the register and activity id of a professional course
 * @param completionRule null for {@link CompletionRule#EVERY_DAY}
 */
public record PlanCourseCommand(
        @TargetAggregateIdentifier UUID courseId,
        String title,
        Audience audience,
        String description,
        BigDecimal netHours,
        Accreditation accreditation,
        CompletionRule completionRule,
        StaffMember performedBy,
        Instant at) {
}
