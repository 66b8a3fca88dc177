package nl.perspectief.intake.registration.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.publicdefences.GuardedEndpoint;

/**
 * How the website's {@code POST /api/registrations} defends itself, with public-defences like every public endpoint:
 * rate limits per client address and overall, then the body size, both before the body is read (429 with
 * {@code Retry-After}, 413), from the service's own settings ({@code perspectief.intake.rate-limits.*},
 * {@code perspectief.intake.max-request-body}). The honeypot and the strict reading of the body are the controller's.
 * Nothing else of the service is limited.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationDefences {

    /** The endpoint's name in the metrics ({@code endpoint} tag) of its rate limits and its honeypot. */
    static final String ENDPOINT = "registration";

    @Bean
    GuardedEndpoint registrationEndpoint(IntakeProperties intake) {
        return GuardedEndpoint.of(ENDPOINT, "registrations", HttpMethod.POST, "/api/registrations")
                .withRateLimit(intake.rateLimits())
                .withMaxBody(intake.maxRequestBody());
    }
}
