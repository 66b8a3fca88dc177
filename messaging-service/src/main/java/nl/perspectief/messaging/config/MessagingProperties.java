package nl.perspectief.messaging.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code perspectief.messaging} (the attachments' own are {@code perspectief.messaging.attachments}).
 *
 * @param caseServiceUrl       where case-service's pages are, for the link back from a case's correspondence
 * @param caseEvents           how case-service's {@code cases.case-events.v1} is consumed
 * @param correspondenceEvents how {@code messaging.correspondence-events.v1} is published
 */
@ConfigurationProperties("perspectief.messaging")
public record MessagingProperties(@DefaultValue("http://localhost:8082") URI caseServiceUrl,
                                  @DefaultValue CaseEvents caseEvents,
                                  @DefaultValue CorrespondenceEvents correspondenceEvents) {

    /** @param retry how often a record that failed for a passing reason is tried again before it is dead-lettered */
    public record CaseEvents(@DefaultValue Retry retry) {
    }

    public record Retry(
            @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("10s") Duration maxInterval,
            @DefaultValue("6") int maxRetries) {
    }

    /**
     * @param partitions  partitions of the topic when this service creates it
     * @param replicas    its replication factor (1 locally, 3 in production)
     * @param retention   how long Kafka keeps records
     * @param sendTimeout how long one publication may wait for the broker's acknowledgement before the processor
     *                    retries; longer than the producer's {@code delivery.timeout.ms}
     */
    public record CorrespondenceEvents(
            @DefaultValue("3") int partitions,
            @DefaultValue("1") short replicas,
            @DefaultValue("14d") Duration retention,
            @DefaultValue("20s") Duration sendTimeout) {
    }
}
