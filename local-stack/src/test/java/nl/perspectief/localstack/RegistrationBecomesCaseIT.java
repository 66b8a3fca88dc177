package nl.perspectief.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The story of the issue: a person registers on the website at night; by the time the desk opens, the case is
 * there, waiting for triage. Through the real services, PostgreSQL and the Kafka broker.
 */
class RegistrationBecomesCaseIT {

    @RegisterExtension
    static final LocalStackExtension LOCAL = new LocalStackExtension();

    @Test
    void aRegistrationPostedByTheWebsiteBecomesACaseAwaitingTriage() throws Exception {
        var stack = LOCAL.stack();
        var registrations = new Registrations(stack.intake().baseUri(), stack.cases().baseUri());

        // the first one pays for cold JVMs, the next ones show the steady-state delay
        for (int attempt = 1; attempt <= 3; attempt++) {
            var receipt = registrations.submit(Registrations.EXAMPLE);
            var accepted = System.nanoTime();

            assertThat(receipt.status()).isEqualTo(201);
            assertThat(receipt.reference()).matches("PH-\\d{4}-\\d{5}");
            var opened = new AtomicReference<JsonNode>();
            await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> registrations.caseFor(receipt.reference()).map(c -> {
                        opened.set(c);
                        return true;
                    }).orElse(false));
            System.out.printf("Registration %s (%s) readable as a case %d ms after the 201%n",
                    receipt.reference(), attempt == 1 ? "first" : "warm", Duration.ofNanos(System.nanoTime() - accepted).toMillis());

            var theCase = opened.get();
            assertThat(theCase.path("status").asString()).isEqualTo("AWAITING_TRIAGE");
            assertThat(theCase.path("registrationReference").asString()).isEqualTo(receipt.reference());
            assertThat(theCase.path("applicant").path("fullName").asString()).isEqualTo(Registrations.APPLICANT_NAME);
        }
    }
}
