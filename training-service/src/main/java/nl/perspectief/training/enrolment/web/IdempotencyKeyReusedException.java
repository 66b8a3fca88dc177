package nl.perspectief.training.enrolment.web;

/** An {@code Idempotency-Key} used before with another request: refused, since retrying cannot make it the same. */
class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("this Idempotency-Key was used before with a different request");
    }
}
