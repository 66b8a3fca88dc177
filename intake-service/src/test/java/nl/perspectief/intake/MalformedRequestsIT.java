package nl.perspectief.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.intake.registration.RegistrationFixtures;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.problems.LogCanaryTrap;
import nl.perspectief.problems.MalformedRequestRun;
import nl.perspectief.problems.MalformedRequests.Endpoint;
import nl.perspectief.problems.RawHttp;

/**
 * What the public endpoint does with a night of malformed requests: thousands of them (10,000 a run, or
 * {@code -Dmalformed.requests=N}), each the website's registration with one thing broken, every string in them a
 * canary. Each is refused with a 4xx problem naming what was wrong; none is stored; no log line of the service
 * holds a canary; and the service goes on taking registrations.
 */
class MalformedRequestsIT extends RunningIntakeService {

    private static final String CANARY = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    /** The website's registration, every free text a canary: valid, so that each request breaks one thing only. */
    private static final String REGISTRATION = RegistrationFixtures.WEBSITE_JSON
            .replace("Julia de Vries", CANARY + " de Vries")
            .replace("julia@example.org", CANARY.toLowerCase() + "@example.org")
            .replace("Peter Bakker", CANARY + " Bakker")
            .replace("family friend, tutor", CANARY + " tutor")
            .replace("He tutored me", CANARY + " tutored me");

    @Test
    void refusesEveryMalformedRequestWithAProblemStoresNoneAndLogsNoneOfWhatWasSent() {
        // the provider is up, so that a bad token is refused as bad rather than as uncheckable (503)
        StaffIdentityProvider.tokenOf(DemoUsers.DESK);
        assertThat(post(REGISTRATION).status()).as("the template itself is a valid registration").isEqualTo(201);
        long events = rowsIn("domain_event_entry");
        long keys = rowsIn("idempotency_key");
        List<Endpoint> endpoints = List.of(
                Endpoint.json("POST", "/api/registrations", REGISTRATION)
                        .checking("Idempotency-Key", List.of("%s" + "k".repeat(300), "%s é", "%s\u0001", "\u007f%s")),
                Endpoint.withoutBody("GET", "/api/registrations/" + UUID.randomUUID()));

        MalformedRequestRun.Outcome outcome;
        try (LogCanaryTrap trap = LogCanaryTrap.open(CANARY)) {
            outcome = MalformedRequestRun.run("intake-service", new RawHttp(port), endpoints,
                    MalformedRequestRun.count(), MalformedRequestRun.seed(), CANARY);
            System.out.print(outcome.report());

            assertThat(outcome.defects()).as("answers that break the rules (seed %d)", outcome.seed()).isEmpty();
            assertThat(trap.events()).as("the service logged while refusing").isPositive();
            assertThat(trap.hits()).as("log lines holding a canary").isEmpty();
        }
        assertThat(rowsIn("domain_event_entry")).as("events stored by malformed requests").isEqualTo(events);
        assertThat(rowsIn("idempotency_key")).as("idempotency keys kept for malformed requests").isEqualTo(keys);

        assertThat(get("/actuator/health").status()).isEqualTo(200);
        assertThat(post(REGISTRATION.replace(CANARY, "Julia")).status()).as("still taking registrations").isEqualTo(201);
    }
}
