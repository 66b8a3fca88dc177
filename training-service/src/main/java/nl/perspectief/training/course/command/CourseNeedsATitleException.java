package nl.perspectief.training.course.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A course has a title: the catalogue, the calendar and the certificates show it. */
public class CourseNeedsATitleException extends TrainingRuleException {

    CourseNeedsATitleException(UUID courseId) {
        super("Course " + courseId + " has no title");
    }
}
