package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

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
            var theCase = registrations.awaitCase(receipt.reference(), Duration.ofSeconds(60), Duration.ofMillis(20));
            System.out.printf("Registration %s (%s) readable as a case %d ms after the 201%n",
                    receipt.reference(), attempt == 1 ? "first" : "warm", Duration.ofNanos(System.nanoTime() - accepted).toMillis());

            assertThat(theCase.path("status").asString()).isEqualTo("AWAITING_TRIAGE");
            assertThat(theCase.path("registrationReference").asString()).isEqualTo(receipt.reference());
            assertThat(theCase.path("applicant").path("fullName").asString()).isEqualTo(Registrations.APPLICANT_NAME);
        }
    }

    /**
     * The canary test: a registration whose every personal field is a canary, one refused for a bad
     * e-mail address, the desk and the compliance officer reading the case and its timeline; then no canary in
     * any line the services, Keycloak, Kafka or PostgreSQL wrote.
     */
    @Test
    void noCanaryOfARegistrationAppearsInAnyLogLine() throws Exception {
        var stack = LOCAL.stack();
        var registrations = new Registrations(stack.intake().baseUri(), stack.cases().baseUri());
        var canary = new CanaryValues();

        assertThat(registrations.submit(canary.refusedRegistration()).status()).isEqualTo(400);
        var receipt = registrations.submit(canary.registration());
        assertThat(receipt.status()).isEqualTo(201);
        var opened = registrations.awaitCase(receipt.reference(), Duration.ofSeconds(60), Duration.ofMillis(50));
        assertThat(opened.path("applicant").path("fullName").asString()).as("the desk read the canary").isEqualTo(canary.name());
        var caseUri = stack.cases().baseUri().resolve("/api/cases/" + opened.path("caseId").asString());
        assertThat(readAsCompliance(caseUri)).contains(canary.name(), canary.street());
        assertThat(readAsCompliance(URI.create(caseUri + "/timeline"))).contains("CASE_OPENED");

        var scan = canary.scan(stack.settings().logs());

        assertThat(scan.scannedFiles()).as("every part of the stack wrote a log to scan")
                .contains("intake-service.log", "case-service.log", "keycloak.log", "kafka.log", "postgres.log");
        assertThat(scan.found()).as("canaries in the logs under %s", stack.settings().logs()).isEmpty();
    }

    private static String readAsCompliance(URI uri) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Accept", "application/json")
                        .header("Authorization", StaffTokens.bearer(DemoUsers.COMPLIANCE)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("compliance reads %s: %s", uri, response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theStacksKeycloakSignsStaffInUnderTheIssuerTheServicesAreGiven() {
        var stack = LOCAL.stack();

        var token = stack.keycloak().tokenFor(DemoUsers.DESK);

        var claims = JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(stack.staffIssuer()).isEqualTo("http://localhost:" + stack.settings().keycloakPort() + "/realms/perspectief");
        assertThat(claims.path("iss").asString()).isEqualTo(stack.staffIssuer());
        assertThat(claims.path("realm_access").path("roles").toString()).isEqualTo("[\"DESK\"]");
    }
}
