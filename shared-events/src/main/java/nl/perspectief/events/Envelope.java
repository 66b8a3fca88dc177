package nl.perspectief.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The common wrapper of every integration event on Kafka.
 *
 * @param eventId       unique per event; redeliveries and republications keep it, so consumers can deduplicate on it
 * @param type          the logical wire type, such as {@code RegistrationSubmitted.v1}; never a Java class name
 * @param schemaVersion the version of the payload's contract
 * @param occurredAt    when the fact happened in the producing service
 * @param correlationId the id that ties together everything one request caused
 * @param causationId   the id of the message that caused this one
 * @param producer      the producing service
 * @param payload       the event itself
 */
public record Envelope<T>(
        UUID eventId,
        String type,
        int schemaVersion,
        Instant occurredAt,
        UUID correlationId,
        UUID causationId,
        String producer,
        T payload) {

    public Envelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payload, "payload");
    }
}
