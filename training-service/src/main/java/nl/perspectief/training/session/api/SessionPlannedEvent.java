package nl.perspectief.training.session.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.training.course.api.CourseFacts;
import nl.perspectief.training.course.api.StaffMember;

/** A session of a course was planned, with the course's facts as they were then. */
public record SessionPlannedEvent(
        UUID sessionId,
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
        Instant at) implements SessionEvent {
}
