package nl.perspectief.deadletters;

/**
 * A record that can never be processed, however often it is tried: not JSON, an unknown type or
 * version, or missing what the contract requires. Its message names the defect, never a value, and
 * it carries no parser exception, whose message could quote personal data.
 */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String defect) {
        super(defect);
    }
}
