package nl.perspectief.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import nl.perspectief.problems.MalformedRequests.Endpoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared mechanism on a real Tomcat with one endpoint of the usual shape (a body of records, enums and
 * booleans; a UUID in the path; a header it needs): every layer's refusal comes out in the one vocabulary, and
 * nothing that was sent reaches a log line.
 */
@SpringBootTest(classes = ProblemAnswersTest.Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemAnswersTest {

    static final String CANARY = "Kanarie" + UUID.randomUUID().toString().substring(0, 8);
    static final String VALID = """
            {"name": "%s Jansen", "flag": true, "kind": "ONE", "tags": ["%s"],
             "inner": {"text": "%s", "count": 3}, "optional": null, "at": "2026-04-01T09:00:00Z"}
            """.formatted(CANARY, CANARY, CANARY);

    @SpringBootApplication
    @Import(Things.class)
    static class Application {
    }

    enum Kind { ONE, TWO }

    record Inner(String text, int count) {
    }

    record Thing(String name, boolean flag, Kind kind, List<String> tags, Inner inner, Inner optional, java.time.Instant at) {
    }

    @RestController
    static class Things {

        static final AtomicInteger ACCEPTED = new AtomicInteger();

        @PostMapping(path = "/api/things/{thingId}", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> accept(@PathVariable UUID thingId, @RequestHeader("If-Match") long version,
                                   @RequestBody Thing thing) {
            if (thing.name() != null && thing.name().contains("explode")) {
                throw new IllegalStateException("a failure whose message quotes " + thing.name());
            }
            ACCEPTED.incrementAndGet();
            return Map.of("id", thingId, "version", version + 1);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private RawHttp.Response post(String target, String contentType, String body, String... headers) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>();
        all.add(Map.entry("Content-Type", contentType));
        for (int i = 0; i < headers.length; i += 2) {
            all.add(Map.entry(headers[i], headers[i + 1]));
        }
        return new RawHttp(port).send("POST", target, all, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(RawHttp.Response response) {
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }

    private String thing() {
        return "/api/things/" + UUID.randomUUID();
    }

    @Test
    void acceptsTheValidRequestSoThatTheRefusalsBelowAreAboutWhatWasBroken() {
        int before = Things.ACCEPTED.get();
        assertThat(post(thing(), "application/json", VALID, "If-Match", "3").status()).isEqualTo(200);
        assertThat(Things.ACCEPTED.get()).isEqualTo(before + 1);
    }

    @Test
    void namesTheFieldAndTheRuleOfAValueOfTheWrongTypeDeepInTheBody() {
        JsonNode problem = problem(post(thing(), "application/json",
                VALID.replace("\"count\": 3", "\"count\": \"" + CANARY + "\""), "If-Match", "3"));

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("inner.count");
        assertThat(problem.path("errors").get(0).path("rule").asString()).isEqualTo("Type");
        assertThat(problem.path("correlationId").asString()).isNotBlank();
        assertThat(problem.toString()).doesNotContain(CANARY);
    }

    @Test
    void refusesNumbersForTextAndEnumsAndTextForTrueOrFalse() {
        for (String wrong : List.of(VALID.replace("\"kind\": \"ONE\"", "\"kind\": 0"),
                VALID.replace("\"flag\": true", "\"flag\": \"true\""),
                VALID.replace("\"name\": \"" + CANARY + " Jansen\"", "\"name\": 12"),
                VALID.replace("\"flag\": true", "\"flag\": null"),
                VALID.replace("\"2026-04-01T09:00:00Z\"", "1775034000"),
                VALID.replace("\"2026-04-01T09:00:00Z\"", "1775034000.5"),
                VALID.replace("\"2026-04-01T09:00:00Z\"", "1e400"))) {
            assertThat(post(thing(), "application/json", wrong, "If-Match", "3").status()).as(wrong).isEqualTo(400);
        }
    }

    @Test
    void refusesControlCharactersInTextButTakesLineBreaksAndTabs() {
        JsonNode control = problem(post(thing(), "application/json",
                VALID.replace(CANARY + " Jansen", CANARY + "\\u0001 Jansen"), "If-Match", "3"));

        assertThat(control.path("errors").get(0).path("field").asString()).isEqualTo("name");
        assertThat(control.path("errors").get(0).path("rule").asString()).isEqualTo("ControlCharacter");
        assertThat(post(thing(), "application/json", VALID.replace(CANARY + " Jansen", CANARY + "\\n\\tJansen"),
                "If-Match", "3").status()).isEqualTo(200);
    }

    @Test
    void refusesAFieldNamedTwiceNestingTooDeepAndTrailingContent() {
        assertThat(problem(post(thing(), "application/json", VALID.replaceFirst("\\{", "{\"flag\": false, "),
                "If-Match", "3")).path("errors").get(0).path("rule").asString()).isEqualTo("MalformedJson");
        assertThat(problem(post(thing(), "application/json",
                VALID.replace("\"optional\": null", "\"unknown\": " + "[".repeat(3000) + "]".repeat(3000)),
                "If-Match", "3")).path("errors").get(0).path("rule").asString()).isEqualTo("JsonLimits");
        assertThat(post(thing(), "application/json", VALID + " {}", "If-Match", "3").status()).isEqualTo(400);
    }

    @Test
    void namesAMissingOrMalformedHeader() {
        JsonNode missing = problem(post(thing(), "application/json", VALID));
        JsonNode malformed = problem(post(thing(), "application/json", VALID, "If-Match", CANARY));

        assertThat(missing.path("errors").get(0).path("field").asString()).isEqualTo("If-Match");
        assertThat(missing.path("errors").get(0).path("rule").asString()).isEqualTo("Required");
        assertThat(malformed.path("errors").get(0).path("field").asString()).isEqualTo("If-Match");
        assertThat(malformed.path("errors").get(0).path("rule").asString()).isEqualTo("Type");
    }

    @Test
    void refusesOtherMediaTypesAndCharsetsNamingContentType() {
        JsonNode xml = problem(post(thing(), "application/xml", VALID, "If-Match", "3"));
        JsonNode utf16 = problem(post(thing(), "application/json; charset=UTF-16", VALID, "If-Match", "3"));

        assertThat(xml.path("status").asInt()).isEqualTo(415);
        assertThat(xml.path("errors").get(0).path("field").asString()).isEqualTo("Content-Type");
        assertThat(utf16.path("status").asInt()).isEqualTo(415);
        assertThat(utf16.path("errors").get(0).path("rule").asString()).isEqualTo("Charset");
    }

    @Test
    void refusesAnIdInAnyButItsCanonicalForm() {
        for (String id : List.of("40445b21-1645-40c9-97c6-b9902f819df", "1-2-3-4-5", "40445b21-1645-40c9-97c6-0b9902f819df%20",
                "%2040445b21-1645-40c9-97c6-0b9902f819df", "40445b21-1645-40c9-97c6-0b9902f819df%0d")) {
            RawHttp.Response answer = post("/api/things/" + id, "application/json", VALID, "If-Match", "3");
            assertThat(answer.status()).as(id).isEqualTo(400);
            assertThat(problem(answer).path("errors").get(0).path("field").asString()).isEqualTo("thingId");
        }
    }

    @Test
    void answersAnAcceptItCannotMeetWithA406ProblemAllTheSame() {
        RawHttp.Response answer = post(thing(), "application/json", VALID, "If-Match", "3", "Accept", "text/csv");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(problem(answer).path("errors").get(0).path("field").asString()).isEqualTo("Accept");
    }

    @Test
    void answersUnknownPathsWrongMethodsAndIllegalPathsInTheVocabulary() {
        RawHttp http = new RawHttp(port);
        RawHttp.Response unknown = http.send("GET", "/api/" + CANARY, List.of(), null);
        RawHttp.Response method = http.send("DELETE", thing(), List.of(), null);
        RawHttp.Response illegal = http.send("GET", "/api/things/%ZZ" + CANARY, List.of(), null);
        RawHttp.Response bar = http.send("GET", "/api/things/a|{" + CANARY + "}", List.of(), null);

        assertThat(problem(unknown).path("status").asInt()).isEqualTo(404);
        assertThat(problem(method).path("status").asInt()).isEqualTo(405);
        assertThat(problem(illegal).path("status").asInt()).isEqualTo(400);
        assertThat(problem(illegal).path("errors").get(0).path("field").asString()).isEqualTo("request");
        assertThat(problem(bar).path("status").asInt()).isEqualTo(400);
        assertThat(illegal.header("X-Correlation-Id")).isNotBlank();
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWhoseLogLineQuotesNothingOfTheRequest() {
        try (LogCanaryTrap trap = LogCanaryTrap.open(CANARY)) {
            RawHttp.Response failed = post(thing(), "application/json",
                    VALID.replace(CANARY + " Jansen", CANARY + " explode"), "If-Match", "3");

            assertThat(problem(failed).path("status").asInt()).isEqualTo(500);
            assertThat(problem(failed).path("type").asString()).isEqualTo(Problems.TYPE_BASE + "internal-error");
            assertThat(trap.events()).as("the failure was logged").isPositive();
            assertThat(trap.hits()).isEmpty();
        }
    }

    @Test
    void thousandsOfMalformedRequestsAreEachRefusedInTheVocabularyAndNoneIsAcceptedOrLogged() {
        int accepted = Things.ACCEPTED.get();
        Endpoint endpoint = Endpoint.json("POST", "/api/things/" + UUID.randomUUID(), VALID)
                .withHeader("If-Match", "3")
                .checking("If-Match", List.of("%s", "\"3\"", "3,4", "", "9".repeat(40), "W/\"3\""))
                // no security here: a token is not asked for, so a bad one is no fault
                .excluding(MalformedRequests.Kind.BAD_AUTHORIZATION);
        try (LogCanaryTrap trap = LogCanaryTrap.open(CANARY)) {
            var outcome = MalformedRequestRun.run("shared mechanism", new RawHttp(port), List.of(endpoint),
                    Math.min(2_000, MalformedRequestRun.count()), MalformedRequestRun.seed(), CANARY);
            System.out.print(outcome.report());

            assertThat(outcome.defects()).isEmpty();
            // every kind but a bad token (no security here) and the three of forms
            assertThat(outcome.perKind()).hasSize(MalformedRequests.Kind.values().length - 4);
            assertThat(trap.hits()).as("log lines holding the canary").isEmpty();
        }
        assertThat(Things.ACCEPTED.get()).as("malformed requests accepted").isEqualTo(accepted);
    }
}
