package nl.perspectief.training.course.command;

import java.math.BigDecimal;
import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Net hours have one decimal at most (6 or 6.5), so the points they give are exact. */
public class NetHoursAtMostOneDecimalException extends TrainingRuleException {

    NetHoursAtMostOneDecimalException(UUID courseId, BigDecimal netHours) {
        super("Course " + courseId + ": net hours " + netHours + " have more than one decimal");
    }
}
