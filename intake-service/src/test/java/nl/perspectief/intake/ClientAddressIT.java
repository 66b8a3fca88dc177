package nl.perspectief.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The client address that rate limits count by, through the real Tomcat: {@code X-Forwarded-For} counts
 * only when the request comes from a configured proxy. The tests post from 127.0.0.1 and send bodies that
 * are refused (400) after the limit let them through, so nothing is stored. Each setting is a service of
 * its own, closed after its tests so that its event processors let go of the shared database's tokens.
 */
class ClientAddressIT {

    private static final String NOT_A_REGISTRATION = "{}";

    @Nested
    @TestPropertySource(properties = {
            "perspectief.intake.rate-limits.per-client.requests=2",
            "perspectief.intake.rate-limits.per-client.period=1h",
            "perspectief.intake.rate-limits.per-client.burst=2"})
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class WithoutATrustedProxy extends RunningIntakeService {

        @Autowired
        private MeterRegistry meters;

        @Test
        void countsSpoofedForwardedAddressesAgainstTheOneRealPeer() {
            double refused = meters.counter("perspectief.public.rate.limited", "endpoint", "registration", "scope", "client")
                    .count();

            assertThat(post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.1").status()).isEqualTo(400);
            assertThat(post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.2").status()).isEqualTo(400);
            Answer third = post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.3");

            assertThat(third.status()).isEqualTo(429);
            assertThat(third.contentType()).isEqualTo("application/problem+json");
            assertThat(third.body().get("type").asString()).isEqualTo("https://perspectief.nl/problems/rate-limited");
            assertThat(Long.parseLong(third.header("Retry-After"))).isBetween(1L, 1800L);
            assertThat(meters.counter("perspectief.public.rate.limited", "endpoint", "registration", "scope", "client")
                    .count()).isEqualTo(refused + 1);

            assertThat(get("/actuator/health").status()).as("health is not limited").isEqualTo(200);
            assertThat(get("/api/registrations/" + UUID.randomUUID()).status()).as("a status is not limited").isEqualTo(404);
        }
    }

    @Nested
    @TestPropertySource(properties = {
            "perspectief.intake.rate-limits.per-client.requests=2",
            "perspectief.intake.rate-limits.per-client.period=1h",
            "perspectief.intake.rate-limits.per-client.burst=2",
            "perspectief.intake.trusted-proxies=127.0.0.1,::1"})
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class BehindATrustedProxy extends RunningIntakeService {

        @Test
        void givesEveryForwardedClientAddressABucketOfItsOwn() {
            assertThat(post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.11").status()).isEqualTo(400);
            assertThat(post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.11").status()).isEqualTo(400);
            assertThat(post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.11").status()).isEqualTo(429);

            assertThat(post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.12").status()).isEqualTo(400);
            assertThat(post(NOT_A_REGISTRATION, "X-Forwarded-For", "2001:db8::12").status()).isEqualTo(400);
        }

        @Test
        void countsTheAddressTheProxySawNotOneTheClientPutInFrontOfIt() {
            post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.21");
            post(NOT_A_REGISTRATION, "X-Forwarded-For", "198.51.100.21");

            Answer spoofed = post(NOT_A_REGISTRATION, "X-Forwarded-For", "203.0.113.99, 198.51.100.21");

            assertThat(spoofed.status()).isEqualTo(429);
        }
    }
}
