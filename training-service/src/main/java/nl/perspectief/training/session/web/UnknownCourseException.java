package nl.perspectief.training.session.web;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session is planned of a course in the catalogue only. */
class UnknownCourseException extends TrainingRuleException {

    UnknownCourseException(UUID courseId) {
        super("Course " + courseId + " is not in the catalogue");
    }
}
