package nl.perspectief.intake.config;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code perspectief.intake}.
 *
 * @param zone           the organisation's time zone: the year of a reference and "today" for incident dates
 * @param maxRequestBody larger request bodies are refused with 413 before they are parsed
 * @param publisher      how registrations reach Kafka
 */
@ConfigurationProperties("perspectief.intake")
public record IntakeProperties(ZoneId zone, DataSize maxRequestBody, Publisher publisher) {

    /**
     * @param topic       where {@code RegistrationSubmitted.v1} goes
     * @param partitions  partitions of the topic when this service creates it
     * @param replicas    its replication factor (1 locally, 3 in production)
     * @param retention   how long Kafka keeps records: long enough for a consumer outage over a holiday
     * @param sendTimeout how long one publication may wait for the broker's acknowledgement before the processor retries
     */
    public record Publisher(String topic, int partitions, short replicas, Duration retention, Duration sendTimeout) {
    }
}
