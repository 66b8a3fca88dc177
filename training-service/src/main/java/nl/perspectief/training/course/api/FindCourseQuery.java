package nl.perspectief.training.course.api;

import java.util.UUID;

/** One course, answered with an optional {@link CourseView}; its {@code facts()} are what a session plan copies. */
public record FindCourseQuery(UUID courseId) {
}
