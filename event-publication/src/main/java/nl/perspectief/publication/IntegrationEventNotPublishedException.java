package nl.perspectief.publication;

/** Kafka did not acknowledge a publication in time; the processor retries it, its token unmoved. */
public class IntegrationEventNotPublishedException extends RuntimeException {

    IntegrationEventNotPublishedException(String type, String key, Throwable cause) {
        super(type + " of " + key + " not acknowledged by Kafka", cause);
    }
}
