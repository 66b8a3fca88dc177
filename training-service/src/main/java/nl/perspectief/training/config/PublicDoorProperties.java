package nl.perspectief.training.config;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import nl.perspectief.publicdefences.RateLimit;

/**
 * Settings of the public door under {@code perspectief.training} (beside {@link TrainingProperties}): how the public
 * enrolment and the certificate check defend themselves (public-defences).
 *
 * @param trustedProxies   the proxies (IP addresses or CIDR ranges) whose {@code X-Forwarded-For} names the client;
 *                         empty: the header is ignored and the direct peer is the client
 * @param enrolment        the enrolment's POST, API and page form together
 * @param certificateCheck the check of a certificate's code, API and page together
 */
@ConfigurationProperties("perspectief.training")
public record PublicDoorProperties(@DefaultValue List<String> trustedProxies, Enrolment enrolment,
                                   CertificateCheck certificateCheck) {

    /**
     * @param rateLimit      how many enrolments one client address and all clients together may post
     * @param maxRequestBody a larger body is refused with 413 before it is read
     */
    public record Enrolment(RateLimit rateLimit, @DefaultValue("16KB") DataSize maxRequestBody) {
    }

    /** @param rateLimit how many codes one client address and all clients together may check */
    public record CertificateCheck(RateLimit rateLimit) {
    }
}
