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
 * @param deadlines how often due deadlines (expired place offers) are looked for
 */
@ConfigurationProperties("perspectief.training")
public record TrainingProperties(@DefaultValue("http://localhost:8084") URI publicUrl,
                                 @DefaultValue Deadlines deadlines) {

    /** @param pollingInterval how late, at most, an expired offer passes to the next on the list */
    public record Deadlines(@DefaultValue("5s") Duration pollingInterval) {
    }
}
