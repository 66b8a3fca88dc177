package nl.perspectief.training.session.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.StaffMember;

/**
 * A trainer plans a session of a course. Planning the same session id again changes nothing. When the enrolment
 * window has begun at {@code at}, the session opens at once; otherwise it opens by itself when the window begins (or
 * earlier by {@link OpenEnrolmentCommand}).
 *
 * @param course            the course's facts as they are now (its {@code CourseView.facts()}); the session keeps them
 * @param days              one or more, each on its own date, each starting before it ends
 * @param capacity          places, more than zero
 * @param enrolmentClosesAt after the window opens, and before the first day starts
 * @param offerValidity     how long a freed place is held for the next on the waiting list, for instance two days
 */
public record PlanSessionCommand(
        @TargetAggregateIdentifier UUID sessionId,
        UUID courseId,
        CourseFacts course,
        List<SessionDay> days,
        Location location,
        List<String> trainerIds,
        int capacity,
        Instant enrolmentOpensAt,
        Instant enrolmentClosesAt,
        Duration offerValidity,
        StaffMember performedBy,
        Instant at) {
}
