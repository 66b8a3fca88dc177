package nl.perspectief.training.course.api;

/**
 * The catalogue, by title, answered with a list of {@link CourseView}.
 *
 * @param audience null for every course
 */
public record FindCoursesQuery(Audience audience) {
}
