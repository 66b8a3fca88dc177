package nl.perspectief.cases.access.web;

/** A read could not be written to the access log, so it is not answered: case data is never shown unlogged. */
public class AccessNotLoggedException extends RuntimeException {

    AccessNotLoggedException(RuntimeException cause) {
        super("the access log refused the record", cause);
    }
}
