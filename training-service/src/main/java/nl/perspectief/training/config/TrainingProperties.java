package nl.perspectief.training.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code perspectief.training}.
 *
 * @param publicUrl where the public pages are (links in e-mails: cancel an enrolment, accept an offered place, check
 *                  a certificate)
 * @param deadlines    how often due deadlines (expired place offers) are looked for
 * @param courseEvents how {@code training.course-events.v1} is published
 */
@ConfigurationProperties("perspectief.training")
public record TrainingProperties(@DefaultValue("http://localhost:8084") URI publicUrl,
                                 @DefaultValue Deadlines deadlines,
                                 @DefaultValue CourseEvents courseEvents) {

    /**
     * @param partitions  partitions of the topic when this service creates it
     * @param replicas    its replication factor (1 locally, 3 in production)
     * @param retention   how long Kafka keeps records
     * @param sendTimeout how long one publication may wait for the broker's acknowledgement before the processor
     *                    retries; longer than the producer's {@code delivery.timeout.ms}
     */
    public record CourseEvents(
            @DefaultValue("3") int partitions,
            @DefaultValue("1") short replicas,
            @DefaultValue("14d") Duration retention,
            @DefaultValue("20s") Duration sendTimeout) {
    }

    /** @param pollingInterval how late, at most, an expired offer passes to the next on the list */
    public record Deadlines(@DefaultValue("5s") Duration pollingInterval) {
    }
}
