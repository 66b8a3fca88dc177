package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/** The website's side and the registration desk's side of the end-to-end tests, over plain HTTP. */
final class Registrations {

    static final String APPLICANT_NAME = "Julia de Vries";

    /** The registration the website posts, as in the issue. */
    static final String EXAMPLE = """
            {
              "applicant": {
                "role": "VICTIM",
                "fullName": "Julia de Vries",
                "email": "julia@example.org",
                "phone": "+31 6 12345678",
                "postalAddress": null,
                "preferredChannel": "EMAIL",
                "safeToLeaveMessages": false,
                "minor": false
              },
              "incident": {
                "category": "SEXUAL_TRANSGRESSION",
                "approximateDate": "2015-09",
                "policeReportFiled": false,
                "criminalProceedings": "NONE"
              },
              "otherParty": { "known": true, "fullName": "Peter Bakker", "relationship": "family friend, tutor" },
              "story": "Free text, up to 5,000 characters.",
              "referrer": null,
              "privacyStatementAccepted": true,
              "website": ""
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;
    private final URI cases;

    Registrations(URI intake, URI cases) {
        this.intake = intake;
        this.cases = cases;
    }

    /** The intake's answer to a posted registration. */
    record Receipt(int status, String registrationId, String reference) {
    }

    Receipt submit(String registration) throws IOException, InterruptedException {
        return submit(registration, null);
    }

    /** As the website posts it: with an {@code Idempotency-Key}, so that a retry cannot register twice. */
    Receipt submit(String registration, String idempotencyKey) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(intake.resolve("/api/registrations"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(registration));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            return new Receipt(response.statusCode(), null, null);
        }
        var body = JSON.readTree(response.body());
        return new Receipt(response.statusCode(), body.path("registrationId").asString(), body.path("reference").asString());
    }

    /** Waits until case-service has opened the registration's case, polling every {@code poll}; the case as the desk reads it. */
    JsonNode awaitCase(String registrationReference, Duration atMost, Duration poll) {
        var opened = new AtomicReference<JsonNode>();
        await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(poll)
                .until(() -> caseFor(registrationReference).map(found -> {
                    opened.set(found);
                    return true;
                }).orElse(false));
        return opened.get();
    }

    /** The case opened for a registration, once case-service has it, as the registration desk reads it. */
    Optional<JsonNode> caseFor(String registrationReference) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(cases.resolve("/api/cases?registrationReference="
                        + URLEncoder.encode(registrationReference, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                // the desk: a case from the website waits for its triage, which is what the desk may read
                .header("Authorization", StaffTokens.bearer(DemoUsers.DESK))
                .GET()
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("case-service answered " + response.statusCode() + " for " + registrationReference);
        }
        var body = JSON.readTree(response.body());
        if (body.isArray()) {
            if (body.isEmpty()) {
                return Optional.empty();
            }
            if (body.size() > 1) {
                throw new IllegalStateException(body.size() + " cases for registration " + registrationReference);
            }
            return Optional.of(body.get(0));
        }
        return Optional.of(body);
    }
}
