package nl.perspectief.intake.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import nl.perspectief.publicdefences.RateLimit;

/**
 * Settings under {@code perspectief.intake}.
 *
 * @param zone           the organisation's time zone: the year of a reference and "today" for incident dates
 * @param maxRequestBody larger request bodies are refused with 413 before they are parsed
 * @param publisher      how registrations reach Kafka
 * @param rateLimits     how many registrations the public endpoint takes, per client address and overall
 *                       ({@code per-client}, {@code overall}, {@code max-clients}: public-defences' {@link RateLimit})
 * @param trustedProxies the proxies (IP addresses or CIDR ranges) whose {@code X-Forwarded-For} names the client;
 *                       empty: the header is ignored and the direct peer is the client
 * @param allowedOrigins the browser origins that may post a registration directly (CORS); empty: none
 */
@ConfigurationProperties("perspectief.intake")
public record IntakeProperties(ZoneId zone, DataSize maxRequestBody, Publisher publisher, RateLimit rateLimits,
                               @DefaultValue List<String> trustedProxies, @DefaultValue List<String> allowedOrigins) {

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
