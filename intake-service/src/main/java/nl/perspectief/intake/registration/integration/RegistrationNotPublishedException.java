package nl.perspectief.intake.registration.integration;

import java.util.UUID;

/** Kafka did not acknowledge in time; the processor rolls back its token and tries again later. */
class RegistrationNotPublishedException extends RuntimeException {

    RegistrationNotPublishedException(UUID registrationId, Throwable cause) {
        super("registration " + registrationId + " not acknowledged by Kafka: " + cause.getClass().getSimpleName(), cause);
    }
}
