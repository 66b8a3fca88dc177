package nl.perspectief.training.course.api;

import java.util.UUID;

/** Every fact of a course; sealed so projections and mappers switch over them exhaustively. */
public sealed interface CourseEvent permits CoursePlannedEvent, CourseRevisedEvent {

    UUID courseId();
}
