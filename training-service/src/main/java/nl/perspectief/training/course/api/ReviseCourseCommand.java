package nl.perspectief.training.course.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A trainer revises a course: every field below is the course's new value (the audience stays). Sessions planned
 * before keep what they copied; sessions planned after take the revision.
 *
 * @param completionRule null for {@link CompletionRule#EVERY_DAY}
 */
public record ReviseCourseCommand(
        @TargetAggregateIdentifier UUID courseId,
        String title,
        String description,
        BigDecimal netHours,
        Accreditation accreditation,
        CompletionRule completionRule,
        StaffMember performedBy,
        Instant at) {
}
