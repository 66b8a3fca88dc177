package nl.perspectief.cases.config;

import java.net.URI;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code perspectief.cases}.
 *
 * @param registrations how registrations from intake are consumed
 * @param caseEvents      how the case's integration events are published on {@code cases.case-events.v1}
 * @param contactAttempts how long a party who was approached has to answer
 * @param export          the key compliance's exports are signed with
 * @param messagingUrl    where messaging-service's pages are, as a browser reaches them: the case's page links to the
 *                        case's correspondence there ({@code MESSAGING_URL})
 */
@ConfigurationProperties("perspectief.cases")
public record CaseServiceProperties(@DefaultValue Registrations registrations, @DefaultValue CaseEvents caseEvents,
                                    @DefaultValue ContactAttempts contactAttempts, @DefaultValue Export export,
                                    @DefaultValue("http://localhost:8083") URI messagingUrl) {

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

    /**
     * @param partitions  partitions of {@code cases.case-events.v1} when this service creates it
     * @param replicas    its replication factor (1 locally, 3 in production)
     * @param retention   how long Kafka keeps records: long enough for a consumer outage over a holiday
     * @param sendTimeout how long one publication may wait for the broker's acknowledgement before the
     *                    processor retries; longer than the producer's {@code delivery.timeout.ms}, so the
     *                    producer's own verdict comes first
     */
    public record CaseEvents(
            @DefaultValue("3") int partitions,
            @DefaultValue("1") short replicas,
            @DefaultValue("14d") Duration retention,
            @DefaultValue("20s") Duration sendTimeout) {
    }

    /**
     * @param followUpAfter the follow-up deadline of a contact attempt recorded without one, counted in
     *                      calendar days from the day of the attempt on the Europe/Amsterdam calendar
     */
    public record ContactAttempts(@DefaultValue("P21D") Period followUpAfter) {

        public ContactAttempts {
            if (followUpAfter.isNegative()) {
                throw new IllegalArgumentException("perspectief.cases.contact-attempts.follow-up-after must not be negative");
            }
        }
    }

    /**
     * The service's Ed25519 key pair for signing case exports, from the environment like the master key (never
     * committed; the local stack generates one into its data folder). Base64 of the JDK's encodings.
     *
     * @param signingKey   the private key, PKCS#8 ({@code PERSPECTIEF_EXPORT_SIGNING_KEY})
     * @param verifyingKey the public key, X.509 ({@code PERSPECTIEF_EXPORT_VERIFYING_KEY}): what an auditor checks
     *                     an export against
     */
    public record Export(String signingKey, String verifyingKey) {
    }
}
