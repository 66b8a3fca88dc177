package nl.perspectief.intake.registration.command;

/** The client sent a different request under an idempotency key it had used before. */
public final class IdempotencyKeyReusedException extends RuntimeException {

    IdempotencyKeyReusedException() {
        super("the Idempotency-Key was used before with a different request");
    }
}
