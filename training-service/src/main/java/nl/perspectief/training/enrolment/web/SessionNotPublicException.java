package nl.perspectief.training.enrolment.web;

/** No professionals' session with this id, or one whose days are over: nothing to see or enrol in here (404). */
class SessionNotPublicException extends RuntimeException {

    SessionNotPublicException() {
        super("no public session with this id");
    }
}
