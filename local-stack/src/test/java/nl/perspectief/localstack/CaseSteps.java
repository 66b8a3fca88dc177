package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The desk's and the mediator's side of one case in case-service, over plain HTTP as a client would take
 * the steps: each step goes out with the version last seen as {@code If-Match} and must be accepted (2xx);
 * the answer's {@code ETag} is the version for the next one. Reads wait until the read models have caught
 * up with the last step, because they are projections updated after the command.
 */
final class CaseSteps {

    /** Who takes a step: a demo user of the stack's Keycloak, signed in with a real token. */
    record Staff(DemoUsers user) {

        /** The token's subject: how case-service names a member of staff in events and the access log. */
        String id() {
            return user.id().toString();
        }

        String role() {
            return user.role();
        }
    }

    static final Staff DESK = new Staff(DemoUsers.DESK);
    /** The mediator every scenario's case is assigned to; reads go out as her too (need-to-know). */
    static final Staff MEDIATOR = new Staff(DemoUsers.MEDIATOR_ANNA);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration READ_MODEL_CATCH_UP = Duration.ofSeconds(30);

    private final URI cases;
    private final UUID caseId;
    private String etag;
    /** Who reads the case: the desk until it is assigned (triage needs it), then the assigned mediator only. */
    private Staff reader = DESK;

    private CaseSteps(URI cases, UUID caseId, String etag) {
        this.cases = cases;
        this.caseId = caseId;
        this.etag = etag;
    }

    /** A case that exists already (opened from a registration): its version is read from the detail's ETag. */
    static CaseSteps follow(URI cases, UUID caseId) {
        var etag = new AtomicReference<String>();
        await().atMost(READ_MODEL_CATCH_UP).pollInterval(Duration.ofMillis(50)).until(() -> {
            var response = get(cases.resolve("/api/cases/" + caseId), DESK);
            if (response.statusCode() != 200) {
                return false;
            }
            etag.set(response.headers().firstValue("ETag").orElseThrow());
            return true;
        });
        return new CaseSteps(cases, caseId, etag.get());
    }

    /** The desk types in a case that came in by phone or e-mail; the answer names the case and its two parties. */
    static Opened openByDesk(URI cases, Map<String, Object> body) {
        var response = send(cases.resolve("/api/cases"), DESK, null, body);
        assertThat(response.statusCode()).as("opening a case at the desk: %s", response.body()).isEqualTo(201);
        var answer = read(response.body());
        var caseId = UUID.fromString(answer.path("caseId").asString());
        var steps = new CaseSteps(cases, caseId, response.headers().firstValue("ETag").orElseThrow());
        return new Opened(steps, UUID.fromString(answer.path("applicantId").asString()),
                UUID.fromString(answer.path("otherPartyId").asString()));
    }

    record Opened(CaseSteps steps, UUID applicantId, UUID otherPartyId) {
    }

    UUID caseId() {
        return caseId;
    }

    long version() {
        return Long.parseLong(etag.replace("\"", ""));
    }

    // ---- triage, by the desk

    void accept() {
        step(DESK, "accept", null);
    }

    void assignMediator(Staff mediator) {
        step(DESK, "assign-mediator", body("mediatorId", mediator.id()));
        reader = mediator;
    }

    // ---- the mediator's steps

    UUID addNetworkMember(String fullName, String side) {
        return id(step(MEDIATOR, "parties", body("role", "NETWORK_MEMBER", "side", side, "fullName", fullName,
                "contactDetails", null, "preferredLanguage", "nl")), "partyId");
    }

    void firstConversation(String summary) {
        step(MEDIATOR, "first-conversation", body("heldAt", earlier(), "summary", summary));
    }

    void preparationTalk(UUID partyId, String summary) {
        step(MEDIATOR, "preparation-talks", body("partyId", partyId, "heldAt", earlier(), "summary", summary));
    }

    void contactAttempt(UUID partyId, String channel, boolean applicantNamed, LocalDate followUpBy) {
        step(MEDIATOR, "contact-attempts", body("partyId", partyId, "channel", channel,
                "applicantNamed", applicantNamed, "followUpBy", followUpBy));
    }

    void response(UUID partyId, String response, String summary) {
        step(MEDIATOR, "responses", body("partyId", partyId, "response", response, "summary", summary));
    }

    UUID consent(UUID partyId, String purpose) {
        return consent(partyId, purpose, null, null);
    }

    UUID consent(UUID partyId, String purpose, String form, String recipient) {
        var answer = step(MEDIATOR, "consents", body("partyId", partyId, "purpose", purpose, "form", form,
                "recipient", recipient, "method", "SPOKEN", "givenAt", earlier()));
        assertThat(answer.path("changed").asBoolean()).as("consent %s of %s recorded anew", purpose, partyId).isTrue();
        return id(answer, "consentId");
    }

    void withdrawConsent(UUID consentId, String reason) {
        step(MEDIATOR, "consents/" + consentId + "/withdrawal", body("reason", reason));
    }

    void proposeFormOfContact(String form) {
        step(MEDIATOR, "form-of-contact/proposal", body("form", form));
    }

    void agreeFormOfContact(String form) {
        step(MEDIATOR, "form-of-contact/agreement", body("form", form));
    }

    UUID scheduleMeeting(String form, String location, List<UUID> networkMemberIds) {
        return id(step(MEDIATOR, "meetings", meeting(form, location, networkMemberIds)), "meetingId");
    }

    static Map<String, Object> meeting(String form, String location, List<UUID> networkMemberIds) {
        return body("form", form, "scheduledFor", Instant.now().plus(Duration.ofDays(14)), "location", location,
                "address", null, "networkMemberIds", networkMemberIds);
    }

    void meetingHeld(UUID meetingId) {
        step(MEDIATOR, "meetings/" + meetingId + "/held", null);
    }

    void openMessageExchange() {
        step(MEDIATOR, "message-exchange/open", null);
    }

    void closeMessageExchange() {
        step(MEDIATOR, "message-exchange/close", null);
    }

    void close(String outcome, String note) {
        step(MEDIATOR, "closure", body("outcome", outcome, "note", note));
    }

    void aftercareContact(UUID partyId, String summary) {
        step(MEDIATOR, "aftercare-contacts", body("partyId", partyId, "summary", summary));
    }

    // ---- the plumbing of a step

    /** Takes a step that must be accepted; the answer's ETag becomes the version of the next step. */
    JsonNode step(Staff by, String path, Map<String, Object> body) {
        var response = send(stepUri(path), by, etag, body);
        assertThat(response.statusCode()).as("%s by %s: %s", path, by.role(), response.body()).isBetween(200, 299);
        var answer = read(response.body());
        var newEtag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(Long.parseLong(newEtag.replace("\"", ""))).as("version after %s", path).isGreaterThanOrEqualTo(version());
        etag = newEtag;
        return answer;
    }

    /** Takes a step that the case must refuse: the problem+json, with the version left as it was. */
    JsonNode refusedStep(Staff by, String path, Map<String, Object> body, int expectedStatus) {
        var response = send(stepUri(path), by, etag, body);
        assertThat(response.statusCode()).as("%s by %s: %s", path, by.role(), response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        return read(response.body());
    }

    /** The detail once the read model has the last step. */
    JsonNode detail() {
        var detail = new AtomicReference<JsonNode>();
        await().atMost(READ_MODEL_CATCH_UP).pollInterval(Duration.ofMillis(50)).until(() -> {
            var response = get(cases.resolve("/api/cases/" + caseId), reader);
            if (response.statusCode() != 200) {
                return false;
            }
            var body = read(response.body());
            detail.set(body);
            return body.path("version").asLong() >= version();
        });
        return detail.get();
    }

    /** The timeline once the read model has the last step. */
    JsonNode timeline() {
        return timelineWhere(body -> true);
    }

    /**
     * The timeline once the read model has the last step and {@code complete} holds, e.g. once the steps of the
     * correspondence that messaging-service reports over Kafka are among it.
     */
    JsonNode timelineWhere(Predicate<JsonNode> complete) {
        var timeline = new AtomicReference<JsonNode>();
        await().atMost(READ_MODEL_CATCH_UP).pollInterval(Duration.ofMillis(50)).until(() -> {
            var response = get(cases.resolve("/api/cases/" + caseId + "/timeline"), reader);
            if (response.statusCode() != 200) {
                return false;
            }
            var body = read(response.body());
            timeline.set(body);
            // the correspondence's steps are not in the case's stream: they have no sequence number
            var newest = body.path("entries").valueStream().filter(entry -> entry.path("sequenceNumber").isNumber())
                    .mapToLong(entry -> entry.path("sequenceNumber").asLong()).max();
            return newest.isPresent() && newest.getAsLong() >= version() && complete.test(body);
        });
        return timeline.get();
    }

    static List<String> typesOf(JsonNode timeline) {
        var types = new ArrayList<String>();
        timeline.path("entries").forEach(entry -> types.add(entry.path("type").asString()));
        return types;
    }

    /** The case list with the given query string, as {@code reader} may see it (a mediator: her own cases). */
    static JsonNode list(URI cases, String query, Staff reader) {
        var response = get(cases.resolve("/api/cases?" + query), reader);
        assertThat(response.statusCode()).as("list %s: %s", query, response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** Whether the case list for the query holds this case, once the overview has caught up with the last step. */
    boolean listed(String query) {
        detail(); // the overview row and the detail are one read model
        for (var item : list(cases, query + "&size=100", reader).path("cases")) {
            if (item.path("caseId").asString().equals(caseId.toString())) {
                return true;
            }
        }
        return false;
    }

    private URI stepUri(String path) {
        return cases.resolve("/api/cases/" + caseId + "/" + path);
    }

    private static HttpResponse<String> send(URI uri, Staff by, String ifMatch, Map<String, Object> body) {
        var request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", StaffTokens.bearer(by.user()));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return exchange(request.build());
    }

    private static HttpResponse<String> get(URI uri, Staff by) {
        return exchange(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", StaffTokens.bearer(by.user())).GET().build());
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

    private static JsonNode read(String body) {
        return JSON.readTree(body);
    }

    private static UUID id(JsonNode answer, String field) {
        var id = answer.path(field).asString();
        assertThat(id).as("%s in %s", field, answer).isNotBlank();
        return UUID.fromString(id);
    }

    /** A moment just past, for when a talk was held or a consent given (the API refuses the future). */
    private static String earlier() {
        return Instant.now().minus(Duration.ofMinutes(5)).toString();
    }

    /** A JSON object from name/value pairs; nulls stay (Map.of refuses them), ids and dates as strings. */
    static Map<String, Object> body(Object... namesAndValues) {
        var body = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], plain(namesAndValues[i + 1]));
        }
        return body;
    }

    private static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case UUID uuid -> uuid.toString();
            case Instant instant -> instant.toString();
            case LocalDate date -> date.toString();
            case List<?> list -> list.stream().map(CaseSteps::plain).toList();
            default -> value;
        };
    }
}
