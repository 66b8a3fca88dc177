package nl.perspectief.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static nl.perspectief.localstack.CaseSteps.MEDIATOR;
import static nl.perspectief.localstack.CaseSteps.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mediator's side of one case's correspondence in messaging-service, over plain HTTP: each step goes out with the
 * version last seen as {@code If-Match} and must be accepted; the answer's {@code ETag} is the version for the next
 * one. messaging-service writes its read model in the step's own transaction, so a read right after a step shows it.
 */
final class CorrespondenceSteps {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** From case-service's step to messaging-service's correspondence: its publisher, the broker and the consumer. */
    private static final Duration KAFKA_CATCH_UP = Duration.ofSeconds(60);

    private final URI messaging;
    private final UUID caseId;
    private String etag;

    private CorrespondenceSteps(URI messaging, UUID caseId) {
        this.messaging = messaging;
        this.caseId = caseId;
    }

    /** Waits until messaging-service has learnt from case-service's topic that the case's exchange is open. */
    static CorrespondenceSteps awaitOpen(URI messaging, UUID caseId) {
        var steps = new CorrespondenceSteps(messaging, caseId);
        steps.awaitState("OPEN", KAFKA_CATCH_UP, Duration.ofMillis(50));
        return steps;
    }

    /** Reads the correspondence every {@code poll} until its exchange is in {@code state}; the correspondence then. */
    JsonNode awaitState(String state, Duration atMost, Duration poll) {
        var seen = new AtomicReference<JsonNode>();
        await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(poll).until(() -> {
            var response = get(MEDIATOR);
            if (response.statusCode() != 200) {
                return false;
            }
            seen.set(JSON.readTree(response.body()));
            etag = response.headers().firstValue("ETag").orElseThrow();
            return seen.get().path("state").asString().equals(state);
        });
        return seen.get();
    }

    /** The correspondence as the mediator reads it now; its version becomes the next step's {@code If-Match}. */
    JsonNode read() {
        var response = get(MEDIATOR);
        assertThat(response.statusCode()).as("correspondence of %s: %s", caseId, response.body()).isEqualTo(200);
        etag = response.headers().firstValue("ETag").orElseThrow();
        var correspondence = JSON.readTree(response.body());
        assertThat(etag).isEqualTo("\"" + correspondence.path("version").asLong() + "\"");
        return correspondence;
    }

    /** The correspondence as {@code reader} is answered, whatever the answer. */
    HttpResponse<String> get(CaseSteps.Staff reader) {
        return exchange(HttpRequest.newBuilder(uri(""))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", StaffTokens.bearer(reader.user()))
                .GET().build());
    }

    // ---- the mediator's steps

    /** Recorded on behalf of {@code writerId} (a party of the case), for the other party; the new message's id. */
    UUID record(UUID writerId, String kind, String content) {
        var answer = step(201, "/messages", body("writerId", writerId, "kind", kind, "content", content));
        return UUID.fromString(answer.path("messageId").asString());
    }

    void approve(UUID messageId) {
        step(200, message(messageId, "approve"), null);
    }

    void returnToWriter(UUID messageId, String reason) {
        step(200, message(messageId, "return"), body("reason", reason));
    }

    void revise(UUID messageId, String content) {
        step(200, message(messageId, "revise"), body("content", content));
    }

    void redactWithWritersAgreement(UUID messageId, String content) {
        step(200, message(messageId, "redact"), body("content", content, "writerAgreed", true));
    }

    void deliver(UUID messageId, String channel) {
        step(200, message(messageId, "deliver"), body("channel", channel));
    }

    void confirmReceipt(UUID messageId) {
        step(200, message(messageId, "confirm-receipt"), body());
    }

    static String message(UUID messageId, String step) {
        return "/messages/" + messageId + "/" + step;
    }

    /** A step that must be refused: the problem+json, with the version left as it was. */
    JsonNode refused(CaseSteps.Staff by, String path, Map<String, Object> body, int expectedStatus) {
        var response = send(by, path, body);
        assertThat(response.statusCode()).as("%s by %s: %s", path, by.role(), response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    /** One message of a correspondence as read. */
    static JsonNode messageIn(JsonNode correspondence, UUID messageId) {
        return correspondence.path("messages").valueStream()
                .filter(m -> m.path("messageId").asString().equals(messageId.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no message " + messageId + " in " + correspondence));
    }

    // ---- the plumbing of a step

    private JsonNode step(int expectedStatus, String path, Map<String, Object> body) {
        var response = send(MEDIATOR, path, body);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(expectedStatus);
        var answer = JSON.readTree(response.body());
        var newEtag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).as("ETag after %s", path).isEqualTo("\"" + answer.path("version").asLong() + "\"");
        assertThat(answer.path("version").asLong()).as("version after %s", path).isGreaterThan(version());
        etag = newEtag;
        return answer;
    }

    private HttpResponse<String> send(CaseSteps.Staff by, String path, Map<String, Object> body) {
        var request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", StaffTokens.bearer(by.user()));
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return exchange(request.build());
    }

    private long version() {
        return etag == null ? -1 : Long.parseLong(etag.replace("\"", ""));
    }

    private URI uri(String path) {
        return messaging.resolve("/api/cases/" + caseId + "/correspondence" + path);
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
