package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.problems.MalformedRequestRun;
import nl.perspectief.problems.MalformedRequests.Endpoint;
import nl.perspectief.problems.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The story of the issue: a person registers on the website at night; by the time the desk opens, the case is
 * there, waiting for triage. Through the real services, PostgreSQL and the Kafka broker.
 */
class RegistrationBecomesCaseIT {

    @RegisterExtension
    static final LocalStackExtension LOCAL = LocalStackExtension.shared();

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
     * Issue 9's logs a machine can follow: the id a caller sends (or gets) with the registration is echoed in the
     * answer and is the correlationId field of the JSON log lines of its acceptance, its publication, case-service's
     * opening of the case and the case's own publication: through the HTTP request, Axon's metadata, the Kafka
     * record's header and the tracking processors of both services.
     */
    @Test
    void theCorrelationIdOfARegistrationFollowsItIntoEveryServicesLogLines() throws Exception {
        var stack = LOCAL.stack();
        var registrations = new Registrations(stack.intake().baseUri(), stack.cases().baseUri());
        String correlationId = UUID.randomUUID().toString();

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stack.intake().baseUri().resolve("/api/registrations"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-Correlation-Id", correlationId)
                        .POST(HttpRequest.BodyPublishers.ofString(Registrations.EXAMPLE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Correlation-Id")).as("the answer names the id").hasValue(correlationId);
        String reference = JsonMapper.builder().build().readTree(response.body()).path("reference").asString();
        var theCase = registrations.awaitCase(reference, Duration.ofSeconds(60), Duration.ofMillis(50));
        String caseId = theCase.path("caseId").asString();

        Path logs = stack.settings().logs();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(messagesWith(logs.resolve("intake-service.log"), correlationId))
                    .as("intake-service's lines with correlationId %s", correlationId)
                    .anyMatch(message -> message.contains("accepted with reference " + reference))
                    .anyMatch(message -> message.contains("published to intake.registrations.v1"));
            assertThat(messagesWith(logs.resolve("case-service.log"), correlationId))
                    .as("case-service's lines with correlationId %s", correlationId)
                    .anyMatch(message -> message.contains("Case " + caseId + " opened from registration"))
                    .anyMatch(message -> message.contains("of " + caseId + " published to cases.case-events.v1"));
        });
    }

    /** The messages of the JSON lines of a service's log whose correlationId field is {@code correlationId}. */
    private static List<String> messagesWith(Path log, String correlationId) throws Exception {
        var json = JsonMapper.builder().build();
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("{"))
                .map(line -> (JsonNode) json.readTree(line))
                .toList();
        assertThat(lines).as("%s is written as JSON lines", log.getFileName()).isNotEmpty();
        assertThat(lines).as("every JSON line of %s names its service", log.getFileName())
                .allMatch(line -> line.path("service").path("name").isString() || line.has("service.name"));
        return lines.stream()
                .filter(line -> correlationId.equals(line.path("correlationId").asString(null)))
                .map(line -> line.path("message").asString())
                .toList();
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
        throwMalformedRequestsAt(stack, canary);
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

    /**
     * Issue 9's canary scan: a thousand malformed requests to each service (the public registration, the desk's
     * phone case, a case read), every string in them the canary, before the logs of every process are scanned.
     * The services' own MalformedRequestsIT throw ten times as many at one service; this is the whole stack's log.
     */
    private static void throwMalformedRequestsAt(Stack stack, CanaryValues canary) {
        var desk = StaffTokens.bearer(DemoUsers.DESK);
        var intake = MalformedRequestRun.run("intake-service in the stack", new RawHttp(stack.intake().port()),
                List.of(Endpoint.json("POST", "/api/registrations", canary.registration())
                        .checking("Idempotency-Key", List.of("%s" + "k".repeat(300), "%s é"))),
                1_000, MalformedRequestRun.seed(), canary.marker());
        var cases = MalformedRequestRun.run("case-service in the stack", new RawHttp(stack.cases().port()),
                List.of(Endpoint.json("POST", "/api/cases", canary.phoneCase()).withHeader("Authorization", desk)
                                .checking("Idempotency-Key", List.of("%s" + "k".repeat(300), "%s é")),
                        Endpoint.withoutBody("GET", "/api/cases/" + UUID.randomUUID()).withHeader("Authorization", desk)),
                1_000, MalformedRequestRun.seed(), canary.marker());
        System.out.print(intake.report());
        System.out.print(cases.report());
        assertThat(intake.defects()).isEmpty();
        assertThat(cases.defects()).isEmpty();
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
