package nl.perspectief.training.session.web;

import java.util.UUID;

/** No session with this id, or nothing of it at this address (a day it is not held on, a certificate not issued). */
class SessionNotFoundException extends RuntimeException {

    SessionNotFoundException(UUID sessionId, String what) {
        super("Session " + sessionId + ": no " + what);
    }
}
