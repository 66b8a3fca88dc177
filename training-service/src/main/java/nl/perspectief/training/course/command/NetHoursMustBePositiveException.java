package nl.perspectief.training.course.command;

import java.math.BigDecimal;
import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A course teaches for some time: its net hours are more than zero. */
public class NetHoursMustBePositiveException extends TrainingRuleException {

    NetHoursMustBePositiveException(UUID courseId, BigDecimal netHours) {
        super("Course " + courseId + ": net hours " + netHours + " are not more than zero");
    }
}
