package nl.perspectief.cases.access.web;

/** The caller's role reads no case content (trainers, administrators). */
public class ReadForbiddenException extends RuntimeException {

    public ReadForbiddenException() {
        super("Your role may not read cases.");
    }
}
