package nl.perspectief.training.session.integration;

import java.util.UUID;

/** Kafka did not acknowledge a publication in time; the processor retries it, its token unmoved. */
class TrainingEventNotPublishedException extends RuntimeException {

    TrainingEventNotPublishedException(String type, UUID sessionId, Throwable cause) {
        super(type + " of session " + sessionId + " not acknowledged by Kafka", cause);
    }
}
