package nl.perspectief.mailoutbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code perspectief.mail}; the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from            the sender, e.g. {@code Perspectief Herstelbemiddeling <aanmelding@example.org>}; required
 * @param messageIdDomain the domain of every Message-ID; by default the domain of {@code from}
 * @param sending         whether this instance sends; queuing works either way
 * @param pollInterval    the pause between two rounds of the poller
 * @param batchSize       at most this many mails per round, each in a transaction of its own
 * @param maxAttempts     after this many failed attempts a mail is FAILED_PERMANENTLY
 * @param backOff         the pause before the next attempt after a failure, doubling per attempt
 */
@ConfigurationProperties("perspectief.mail")
public record MailOutboxProperties(
        String from,
        String messageIdDomain,
        @DefaultValue("true") boolean sending,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue BackOff backOff) {

    /**
     * With the defaults a mail is tried at 0, 30 s, 1.5 min, 3.5 min, 7.5 min, 15.5 min, 31.5 min, 1 h 3.5 min,
     * 2 h 3.5 min and 3 h 3.5 min: ten attempts over three hours before it is given up.
     *
     * @param initial the pause after the first failure
     * @param max     no pause is longer
     */
    public record BackOff(@DefaultValue("30s") Duration initial, @DefaultValue("1h") Duration max) {

        /** The pause after the {@code failures}-th failed attempt (1 for the first). */
        public Duration after(int failures) {
            Duration pause = initial;
            for (int i = 1; i < failures && pause.compareTo(max) < 0; i++) {
                pause = pause.multipliedBy(2);
            }
            return pause.compareTo(max) > 0 ? max : pause;
        }
    }
}
