package nl.perspectief.intake.registration.web;

import java.io.IOException;

/** An IOException so that it travels through the JSON parser that was reading the body. */
class RequestBodyTooLargeException extends IOException {

    private final long limit;

    RequestBodyTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
