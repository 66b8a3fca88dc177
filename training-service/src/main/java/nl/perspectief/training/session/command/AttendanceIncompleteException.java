package nl.perspectief.training.session.command;

import java.util.UUID;

import nl.perspectief.training.course.api.TrainingRuleException;

/** A session is completed when every confirmed participant is marked for every day; {@link #missing()} says how many marks are not. */
public class AttendanceIncompleteException extends TrainingRuleException {

    private final int missing;

    AttendanceIncompleteException(UUID sessionId, int missing) {
        super("Session " + sessionId + ": " + missing + " attendance marks are missing");
        this.missing = missing;
    }

    public int missing() {
        return missing;
    }
}
