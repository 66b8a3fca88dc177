package nl.perspectief.training.course.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A completion rule allows zero or more excused days. */
public class ExcusedDaysMustNotBeNegativeException extends TrainingRuleException {

    ExcusedDaysMustNotBeNegativeException(UUID courseId, int maxExcusedDays) {
        super("Course " + courseId + ": " + maxExcusedDays + " excused days allowed is below zero");
    }
}
