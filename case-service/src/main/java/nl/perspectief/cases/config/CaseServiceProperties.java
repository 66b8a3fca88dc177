package nl.perspectief.cases.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code perspectief.cases}.
 *
 * @param registrations how registrations from intake are consumed
 */
@ConfigurationProperties("perspectief.cases")
public record CaseServiceProperties(@DefaultValue Registrations registrations) {

    /** @param retry how often a registration that failed for a passing reason is tried again */
    public record Registrations(@DefaultValue Retry retry) {
    }

    /**
     * Bounded exponential back-off for transient failures (the database briefly gone); a record that
     * still fails after {@code maxRetries} goes to the dead-letter topic.
     */
    public record Retry(
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") Duration maxInterval,
            @DefaultValue("6") int maxRetries) {
    }
}
