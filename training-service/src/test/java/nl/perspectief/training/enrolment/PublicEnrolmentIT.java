package nl.perspectief.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.publicdefences.Honeypot;
import nl.perspectief.training.RunningTrainingService;
import tools.jackson.databind.JsonNode;

/**
 * Enrolling through the public API on the running service: a place, then the waiting list at a position; every bad
 * field named; a bot answered and forgotten; a retry with its key answered alike; one person once; only professionals'
 * sessions; the participant's details nowhere in clear.
 */
class PublicEnrolmentIT extends RunningTrainingService {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MeterRegistry meters;

    private PublicCourses courses;

    @BeforeEach
    void courses() {
        courses = new PublicCourses(commands);
    }

    private ResponseEntity<String> enrol(UUID sessionId, Object body) {
        return post("/api/public/sessions/" + sessionId + "/enrolments", null, body);
    }

    private ResponseEntity<String> enrol(UUID sessionId, Object body, String idempotencyKey) {
        return api().post().uri("/api/public/sessions/" + sessionId + "/enrolments")
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body instanceof String text ? text : JSON.writeValueAsString(body))
                .retrieve().toEntity(String.class);
    }

    private long events() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private JsonNode calendarEntry(UUID sessionId) {
        return StreamSupport.stream(json(get("/api/public/sessions", null)).spliterator(), false)
                .filter(session -> session.get("sessionId").asString().equals(sessionId.toString()))
                .findFirst().orElse(null);
    }

    @Test
    void givesAPlaceWhileThereIsOneThenTheWaitingListWithThePosition() {
        UUID sessionId = courses.professionalsSession(2);
        assertThat(calendarEntry(sessionId).get("placesLeft").asInt()).isEqualTo(2);

        JsonNode anna = json(enrol(sessionId, PublicCourses.enrolment("Anna Jansen")));
        JsonNode bram = json(enrol(sessionId, PublicCourses.enrolment("Bram de Boer")));
        ResponseEntity<String> cleo = enrol(sessionId, PublicCourses.enrolment("Cleo Visser"));
        JsonNode daan = json(enrol(sessionId, PublicCourses.enrolment("Daan Smit")));

        assertThat(cleo.getStatusCode().value()).isEqualTo(201);
        assertThat(anna.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(anna.get("waitingPosition").isNull()).isTrue();
        assertThat(bram.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(json(cleo).get("status").asString()).isEqualTo("WAITING");
        assertThat(json(cleo).get("waitingPosition").asInt()).isEqualTo(1);
        assertThat(daan.get("waitingPosition").asInt()).isEqualTo(2);
        JsonNode full = calendarEntry(sessionId);
        assertThat(full.get("placesLeft").asInt()).isZero();
        assertThat(full.get("waitingList").asBoolean()).isTrue();
        assertThat(full.get("waiting").asInt()).isEqualTo(2);
        assertThat(full.toString()).doesNotContain("Anna", "example.org");
    }

    @Test
    void namesEveryBadFieldAndItsRuleAndStoresNothing() {
        UUID sessionId = courses.professionalsSession(5);
        Map<String, Object> body = new HashMap<>(PublicCourses.enrolment("Erik Bakker"));
        body.put("email", "erik.bakker-at-example.org");
        body.put("name", " ");
        body.put("organisation", "x".repeat(201));
        body.put("privacyStatementAccepted", false);
        body.put("nickname", "Eef");
        body.remove("phone");
        long before = events();

        ResponseEntity<String> refused = enrol(sessionId, body);

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("https://perspectief.nl/problems/validation");
        assertThat(fieldsAndRules(problem)).containsExactlyInAnyOrder("nickname UnknownField", "email Email",
                "name NotBlank", "organisation Size", "privacyStatementAccepted AssertTrue");
        assertThat(refused.getBody()).doesNotContain("erik.bakker", "Eef", "xxxxx");
        assertThat(events()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void refusesWhatIsNoEnrolmentAtAllNamingTheBody() {
        UUID sessionId = courses.professionalsSession(5);

        assertThat(fieldsAndRules(json(enrol(sessionId, "{\"name\": ")))).containsExactly("$ MalformedJson");
        assertThat(fieldsAndRules(json(enrol(sessionId, "[]")))).hasSize(1);
        assertThat(fieldsAndRules(json(enrol(sessionId, "{\"name\": 12}")))).contains("name Type");
    }

    @Test
    void answersABotThatFilledInTheHoneypotAsIfEnrolledAndStoresNothing() {
        UUID sessionId = courses.professionalsSession(5);
        Map<String, Object> body = new HashMap<>(PublicCourses.enrolment("Bot Botson"));
        body.put("website", "http://cheap-pills.example");
        double caught = meters.counter(Honeypot.TRIGGERED, "endpoint", "enrolment").count();
        long before = events();

        ResponseEntity<String> answer = enrol(sessionId, body);

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(json(answer).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(events()).as("nothing stored").isEqualTo(before);
        assertThat(meters.counter(Honeypot.TRIGGERED, "endpoint", "enrolment").count()).isEqualTo(caught + 1);
        assertThat(calendarEntry(sessionId).get("placesLeft").asInt()).isEqualTo(5);
    }

    @Test
    void answersARetryWithTheSameKeyAsTheFirstTimeAndEnrolsNobodyNew() {
        UUID sessionId = courses.professionalsSession(1);
        enrol(sessionId, PublicCourses.enrolment("Fenna Mulder"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = PublicCourses.enrolment("Gijs Vos");

        ResponseEntity<String> first = enrol(sessionId, body, key);
        long after = events();
        Map<String, Object> sameWithOtherSpacing = new HashMap<>(body);
        sameWithOtherSpacing.put("name", "  Gijs Vos ");
        ResponseEntity<String> again = enrol(sessionId, sameWithOtherSpacing, key);

        assertThat(first.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(json(again)).isEqualTo(json(first));
        assertThat(json(first).get("status").asString()).isEqualTo("WAITING");
        assertThat(events()).as("nothing new stored").isEqualTo(after);
    }

    @Test
    void refusesAKeyUsedBeforeForAnotherRequest() {
        UUID sessionId = courses.professionalsSession(5);
        String key = UUID.randomUUID().toString();
        enrol(sessionId, PublicCourses.enrolment("Hanna de Wit"), key);
        long after = events();

        ResponseEntity<String> other = enrol(sessionId, PublicCourses.enrolment("Ivo Peters"), key);

        assertThat(other.getStatusCode().value()).isEqualTo(422);
        assertThat(json(other).get("type").asString()).isEqualTo("https://perspectief.nl/problems/idempotency-key-reused");
        assertThat(events()).isEqualTo(after);
    }

    @Test
    void refusesASecondEnrolmentOfOnePersonHoweverTheAddressIsTyped() {
        UUID sessionId = courses.professionalsSession(5);
        enrol(sessionId, PublicCourses.enrolment("Joost Meijer"));
        Map<String, Object> again = new HashMap<>(PublicCourses.enrolment("Joost Meijer"));
        again.put("email", "  JOOST.Meijer@Example.org ");
        again.put("name", "J. Meijer");

        ResponseEntity<String> refused = enrol(sessionId, again);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("https://perspectief.nl/problems/training-rule");
        assertThat(problem.get("rule").asString()).isEqualTo("AlreadyEnrolled");
        assertThat(calendarEntry(sessionId).get("placesLeft").asInt()).isEqualTo(4);
    }

    @Test
    void knowsAPersonAsOneWhetherTheyEnrolledThemselvesOrATrainerEnrolledThem() {
        UUID sessionId = courses.professionalsSession(5);
        UUID other = courses.professionalsSession(5);
        enrol(sessionId, PublicCourses.enrolment("Kees Hermans"));
        post("/api/sessions/" + other + "/enrolments", DemoUsers.TRAINER,
                Map.of("participant", Map.of("name", "Lies Hermans", "email", "Lies.Hermans@example.org")));

        ResponseEntity<String> byTheTrainer = post("/api/sessions/" + sessionId + "/enrolments", DemoUsers.TRAINER,
                Map.of("participant", Map.of("name", "K. Hermans", "email", "KEES.Hermans@Example.org")));
        ResponseEntity<String> byThemselves = enrol(other, PublicCourses.enrolment("Lies Hermans"));

        assertThat(byTheTrainer.getStatusCode().value()).isEqualTo(422);
        assertThat(json(byTheTrainer).get("rule").asString()).isEqualTo("AlreadyEnrolled");
        assertThat(byThemselves.getStatusCode().value()).isEqualTo(422);
        assertThat(json(byThemselves).get("rule").asString()).isEqualTo("AlreadyEnrolled");
    }

    @Test
    void knowsNoPerpetratorsSessionNorAnUnknownOneAtThePublicDoor() {
        UUID perpetrators = courses.perpetratorsSession(10);

        ResponseEntity<String> refused = enrol(perpetrators, PublicCourses.enrolment("Karel Dekker"));

        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(json(refused).get("type").asString()).isEqualTo("https://perspectief.nl/problems/session-not-found");
        assertThat(enrol(UUID.randomUUID(), PublicCourses.enrolment("Karel Dekker")).getStatusCode().value()).isEqualTo(404);
        assertThat(calendarEntry(perpetrators)).as("not on the public calendar").isNull();
    }

    @Test
    void refusesAnEnrolmentBeforeTheWindowOpensByTheSessionsRule() {
        UUID later = courses.sessionNotOpenYet(5);

        ResponseEntity<String> refused = enrol(later, PublicCourses.enrolment("Lotte Bos"));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(json(refused).get("rule").asString()).isEqualTo("EnrolmentClosed");
        assertThat(calendarEntry(later)).as("not on the calendar until it opens").isNull();
    }

    @Test
    void keepsTheParticipantsDetailsInNoTableInClear() {
        UUID sessionId = courses.professionalsSession(5);
        String canary = "Kanarie" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(PublicCourses.enrolment(canary + " Jansen"));
        body.put("organisation", canary + " Reclassering");
        enrol(sessionId, body, UUID.randomUUID().toString());

        assertThat(ClearText.tablesHolding(superuserDataSource(), canary))
                .as("tables with the participant's name, address or organisation in clear").isEmpty();
        assertThat(ClearText.tablesHolding(superuserDataSource(), canary.toLowerCase())).isEmpty();
    }

    private static List<String> fieldsAndRules(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asString() + " " + error.get("rule").asString())
                .toList();
    }
}
