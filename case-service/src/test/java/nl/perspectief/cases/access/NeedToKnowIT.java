package nl.perspectief.cases.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Need-to-know on the running service, with real tokens: a mediator reaches only their own cases (a
 * colleague's answers exactly as a case that does not exist), the desk sees only status and mediator once
 * a mediator has a case, and every look, allowed or refused, appends exactly one access-log record.
 */
class NeedToKnowIT extends RunningCaseService {

    private static final String ANNA = StaffTokens.idOf(DemoUsers.MEDIATOR_ANNA);
    private static final String BRAM = StaffTokens.idOf(DemoUsers.MEDIATOR_BRAM);

    @Autowired
    private JdbcClient jdbc;

    @Test
    void answersAMediatorGuessingAColleaguesCaseExactlyAsACaseThatDoesNotExist() {
        String annas = "/api/cases/" + caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String nobodys = "/api/cases/" + UUID.randomUUID();

        for (String part : List.of("", "/timeline")) {
            ResponseEntity<String> guessed = get(annas + part, DemoUsers.MEDIATOR_BRAM);
            ResponseEntity<String> random = get(nobodys + part, DemoUsers.MEDIATOR_BRAM);
            assertThat(guessed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertSameAnswer(guessed, random, annas, nobodys);
        }
        // a stale version and a valid body: neither a 409 nor a 422 may tell that the case exists
        String note = "{\"text\": \"Called the applicant back.\"}";
        ResponseEntity<String> step = post(annas + "/notes", DemoUsers.MEDIATOR_BRAM, "\"0\"", note);
        ResponseEntity<String> stepOnNothing = post(nobodys + "/notes", DemoUsers.MEDIATOR_BRAM, "\"0\"", note);
        assertThat(step.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertSameAnswer(step, stepOnNothing, annas, nobodys);
        assertThat(post(annas + "/notes", DemoUsers.MEDIATOR_ANNA, "\"0\"", note).getStatusCode())
                .as("the same stale step by the case's own mediator").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void keepsAMediatorsListToTheirOwnCases() {
        String annas = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);

        JsonNode annasList = json(get("/api/cases?size=100", DemoUsers.MEDIATOR_ANNA));
        JsonNode bramsList = json(get("/api/cases?size=100", DemoUsers.MEDIATOR_BRAM));
        JsonNode bramAsksForAnnas = json(get("/api/cases?size=100&mediator=" + ANNA, DemoUsers.MEDIATOR_BRAM));

        assertThat(annasList.get("cases").findValuesAsString("caseId")).contains(annas);
        assertThat(annasList.get("cases").findValuesAsString("mediatorId")).containsOnly(ANNA);
        assertThat(bramsList.get("cases").findValuesAsString("caseId")).doesNotContain(annas);
        assertThat(bramAsksForAnnas.get("cases")).isEmpty();
        assertThat(bramAsksForAnnas.get("total").asLong()).isZero();
    }

    @Test
    void showsTheDeskTheWholeCaseInTriageAndOnlyStatusAndMediatorOnceAMediatorHasIt() {
        ResponseEntity<String> opened = post("/api/cases", DemoUsers.DESK, null, PHONE_CASE);
        String inTriage = "/api/cases/" + json(opened).get("caseId").asString();
        post(inTriage + "/accept", DemoUsers.DESK, "\"0\"", null);
        JsonNode whole = json(await().atMost(Duration.ofSeconds(20)).until(() -> get(inTriage, DemoUsers.DESK),
                answer -> answer.getStatusCode().is2xxSuccessful() && json(answer).get("version").asLong() == 1));
        assertThat(whole.get("applicant").get("fullName").asString()).isEqualTo("Julia de Vries");
        assertThat(get(inTriage + "/timeline", DemoUsers.DESK).getStatusCode()).isEqualTo(HttpStatus.OK);

        String assigned = "/api/cases/" + caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        ResponseEntity<String> reduced = get(assigned, DemoUsers.DESK);

        assertThat(reduced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reduced.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(fieldsOf(json(reduced))).containsExactlyInAnyOrder("caseId", "registrationReference", "status",
                "mediatorId", "version");
        assertThat(json(reduced).get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(json(reduced).get("mediatorId").asString()).isEqualTo(ANNA);
        assertThat(reduced.getBody()).doesNotContain("Julia", "tutored");
        assertThat(get(assigned + "/timeline", DemoUsers.DESK).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode item = itemOf(json(get("/api/cases?size=100&mediator=" + ANNA, DemoUsers.DESK)), assigned);
        assertThat(fieldsOf(item)).containsExactlyInAnyOrder("caseId", "status", "mediatorId", "version");
        JsonNode byCategory = json(get("/api/cases?size=100&category=SEXUAL_TRANSGRESSION&mediator=" + ANNA, DemoUsers.DESK));
        assertThat(byCategory.get("cases").findValuesAsString("caseId"))
                .as("a category filter must not tell the desk what it may no longer see")
                .doesNotContain(assigned.substring("/api/cases/".length()));
    }

    @Test
    void appendsExactlyOneAccessRecordForEveryLookAllowedOrRefused() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String annas = "/api/cases/" + caseId;
        String unknown = UUID.randomUUID().toString();

        assertOneRecord(() -> get(annas, DemoUsers.MEDIATOR_ANNA), ANNA, "MEDIATOR", caseId, "CASE_DETAIL", "ALLOWED");
        assertOneRecord(() -> get(annas + "/timeline", DemoUsers.MEDIATOR_ANNA), ANNA, "MEDIATOR", caseId, "CASE_TIMELINE", "ALLOWED");
        assertOneRecord(() -> get(annas, DemoUsers.MEDIATOR_BRAM), BRAM, "MEDIATOR", caseId, "CASE_DETAIL", "FORBIDDEN");
        assertOneRecord(() -> get("/api/cases/" + unknown, DemoUsers.MEDIATOR_BRAM), BRAM, "MEDIATOR", unknown, "CASE_DETAIL", "NOT_FOUND");
        assertOneRecord(() -> get(annas + "/timeline", DemoUsers.DESK), StaffTokens.idOf(DemoUsers.DESK), "DESK", caseId,
                "CASE_TIMELINE", "FORBIDDEN");
        assertOneRecord(() -> get(annas, DemoUsers.DESK), StaffTokens.idOf(DemoUsers.DESK), "DESK", caseId, "CASE_DETAIL", "ALLOWED");
        assertOneRecord(() -> get("/api/cases/not-a-case", DemoUsers.COMPLIANCE), StaffTokens.idOf(DemoUsers.COMPLIANCE),
                "COMPLIANCE", null, "CASE_DETAIL", "REJECTED");
        assertOneRecord(() -> get("/api/cases", DemoUsers.COMPLIANCE), StaffTokens.idOf(DemoUsers.COMPLIANCE), "COMPLIANCE",
                null, "CASE_LIST", "ALLOWED");
        // refused by the URL rules, before any controller: the refusal listener writes it
        assertOneRecord(() -> get(annas, DemoUsers.TRAINER), StaffTokens.idOf(DemoUsers.TRAINER), "TRAINER", caseId,
                "CASE_DETAIL", "FORBIDDEN");
        assertOneRecord(() -> post(annas + "/notes", DemoUsers.MEDIATOR_BRAM, "\"2\"", "{\"text\": \"t\"}"), BRAM, "MEDIATOR",
                caseId, "CASE_COMMAND", "FORBIDDEN");
        assertOneRecord(() -> post(annas + "/accept", DemoUsers.COMPLIANCE, "\"2\"", null),
                StaffTokens.idOf(DemoUsers.COMPLIANCE), "COMPLIANCE", caseId, "CASE_COMMAND", "FORBIDDEN");
    }

    @Test
    void refusesToShowACaseItCannotLogAndSaysSo() {
        String annas = "/api/cases/" + caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        JdbcClient superuser = JdbcClient.create(superuserDataSource());
        superuser.sql("revoke insert on access_log from " + appUser()).update();
        try {
            ResponseEntity<String> answer = get(annas, DemoUsers.MEDIATOR_ANNA);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json(answer).get("type").asString()).isEqualTo("https://perspectief.nl/problems/access-log-unavailable");
            assertThat(answer.getBody()).doesNotContain("Julia", "Exception");
        } finally {
            superuser.sql("grant insert on access_log to " + appUser()).update();
        }
        assertThat(get(annas, DemoUsers.MEDIATOR_ANNA).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void assertOneRecord(Runnable look, String actor, String role, String caseId, String resource, String outcome) {
        long before = lastPosition();
        look.run();
        List<Map<String, Object>> added = jdbc.sql("""
                        select actor_subject, actor_role, case_id::text as case_id, resource, outcome, break_glass
                        from access_log where position > ? order by position""")
                .param(before).query().listOfRows();
        assertThat(added).as(resource + " " + outcome + " by " + role).hasSize(1);
        assertThat(added.getFirst()).containsEntry("actor_subject", actor).containsEntry("actor_role", role)
                .containsEntry("case_id", caseId).containsEntry("resource", resource).containsEntry("outcome", outcome)
                .containsEntry("break_glass", false);
    }

    private long lastPosition() {
        return jdbc.sql("select coalesce(max(position), 0) from access_log").query(Long.class).single();
    }

    private static void assertSameAnswer(ResponseEntity<String> one, ResponseEntity<String> other, String onePath,
                                         String otherPath) {
        assertThat(one.getStatusCode()).isEqualTo(other.getStatusCode());
        assertThat(one.getHeaders().getContentType()).isEqualTo(other.getHeaders().getContentType());
        assertThat(withoutInstance(one, onePath)).isEqualTo(withoutInstance(other, otherPath));
    }

    /**
     * The body with the case's own id, the request's path and the request's own correlation id taken out: all else
     * must be the same.
     */
    private static JsonNode withoutInstance(ResponseEntity<String> answer, String path) {
        ObjectNode body = (ObjectNode) JSON.readTree(answer.getBody().replace(path.substring("/api/cases/".length()), "<id>"));
        assertThat(body.path("correlationId").asString()).as("each answer names its request").isNotBlank();
        body.remove("instance");
        body.remove("correlationId");
        return body;
    }

    private static List<String> fieldsOf(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    private static JsonNode itemOf(JsonNode list, String casePath) {
        String caseId = casePath.substring("/api/cases/".length());
        for (JsonNode item : list.get("cases")) {
            if (item.get("caseId").asString().equals(caseId)) {
                return item;
            }
        }
        throw new AssertionError("case " + caseId + " is not in the list");
    }
}
