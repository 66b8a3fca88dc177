package nl.perspectief.training.course.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** Only courses for professionals are accredited: registers accredit professionals' training. */
public class AccreditationOnlyForProfessionalsException extends TrainingRuleException {

    AccreditationOnlyForProfessionalsException(UUID courseId) {
        super("Course " + courseId + " is not for professionals and cannot be accredited");
    }
}
