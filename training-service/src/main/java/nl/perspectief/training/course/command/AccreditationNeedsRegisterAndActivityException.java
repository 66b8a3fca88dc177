package nl.perspectief.training.course.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** An accreditation names its register and the activity's id there, as the certificate shows them. */
public class AccreditationNeedsRegisterAndActivityException extends TrainingRuleException {

    AccreditationNeedsRegisterAndActivityException(UUID courseId) {
        super("Course " + courseId + ": the accreditation lacks its register or activity id");
    }
}
