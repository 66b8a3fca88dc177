package nl.perspectief.cases.casefile.web;

/** The caller's role reads no case content (trainers, administrators). */
class ReadForbiddenException extends RuntimeException {

    ReadForbiddenException() {
        super("Your role may not read cases.");
    }
}
