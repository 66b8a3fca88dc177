package nl.perspectief.training.course.web;

import java.util.UUID;

/** No course with this id in the catalogue: 404, as a problem or as the pages' error page. */
public class CourseNotFoundException extends RuntimeException {

    public CourseNotFoundException(UUID courseId) {
        super("No course " + courseId);
    }
}
