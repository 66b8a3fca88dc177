package nl.perspectief.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.problems.LogCanaryTrap;
import nl.perspectief.problems.MalformedRequestRun;
import nl.perspectief.problems.MalformedRequests.Endpoint;
import nl.perspectief.problems.RawHttp;

/**
 * Malformed requests thrown at a sample of the staff API by signed-in staff with real tokens (10,000 a run, or
 * {@code -Dmalformed.requests=N}): the desk opening a case by phone, a mediator adding a party and writing a note
 * on her own case, reading it, the desk's case list. Each request is a valid one with one thing broken and every
 * string a canary. Each is refused with a 4xx problem naming what was wrong, none changes a case, no log line holds
 * a canary, and the service goes on taking steps.
 */
class MalformedRequestsIT extends RunningCaseService {

    private static final String CANARY = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final List<String> BAD_IF_MATCH = List.of("%s", "\"%s\"", "2", "\"2\", \"3\"", "W/\"2\"", "*",
            "\"-1\"", "\"" + "9".repeat(19) + "\"", "\"2\u0001\"");
    private static final List<String> BAD_IDEMPOTENCY_KEYS = List.of("%s" + "k".repeat(300), "%s é", "%s\u0001");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void refusesEveryMalformedStaffRequestWithAProblemChangesNoCaseAndLogsNoneOfWhatWasSent() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String desk = "Bearer " + StaffTokens.of(DemoUsers.DESK);
        String anna = "Bearer " + StaffTokens.of(DemoUsers.MEDIATOR_ANNA);
        String phoneCase = PHONE_CASE.replace("Julia de Vries", CANARY + " de Vries")
                .replace("julia@example.org", CANARY.toLowerCase() + "@example.org")
                .replace("Peter Bakker", CANARY + " Bakker")
                .replace("He tutored me", CANARY + " tutored me");
        String party = """
                {"role": "OTHER_PARTY", "fullName": "%s Bakker", "preferredLanguage": "nl",
                 "contactDetails": {"email": "%s@example.org", "phone": "+31 6 87654321"}}
                """.formatted(CANARY, CANARY.toLowerCase());
        String note = "{\"text\": \"" + CANARY + " said she is not ready yet.\"}";
        assertThat(post("/api/cases/" + caseId + "/notes", DemoUsers.MEDIATOR_ANNA, "\"2\"", note).getStatusCode().value())
                .as("the note is a valid step").isEqualTo(200);
        String ifMatch = "\"3\"";
        List<Endpoint> endpoints = List.of(
                Endpoint.json("POST", "/api/cases", phoneCase).withHeader("Authorization", desk)
                        .withHeader("Idempotency-Key", CANARY + "-phone")
                        .checking("Idempotency-Key", BAD_IDEMPOTENCY_KEYS),
                Endpoint.json("POST", "/api/cases/" + caseId + "/parties", party).withHeader("Authorization", anna)
                        .withHeader("If-Match", ifMatch).checking("If-Match", BAD_IF_MATCH),
                Endpoint.json("POST", "/api/cases/" + caseId + "/notes", note).withHeader("Authorization", anna)
                        .withHeader("If-Match", ifMatch).checking("If-Match", BAD_IF_MATCH),
                Endpoint.withoutBody("GET", "/api/cases/" + caseId).withHeader("Authorization", anna),
                Endpoint.withoutBody("GET", "/api/cases/" + caseId + "/timeline").withHeader("Authorization", anna));
        var opened = post("/api/cases", DemoUsers.DESK, null, phoneCase);
        assertThat(opened.getStatusCode().value()).as("the phone case is a valid one").isEqualTo(201);
        // the read model is written behind the event store: counted once it shows the case
        String openedPath = "/api/cases/" + json(opened).get("caseId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> get(openedPath, DemoUsers.DESK).getStatusCode().value() == 200);
        long events = rows("domain_event_entry");
        long cases = rows("case_overview");
        long keys = rows("idempotency_key");

        MalformedRequestRun.Outcome outcome;
        try (LogCanaryTrap trap = LogCanaryTrap.open(CANARY)) {
            outcome = MalformedRequestRun.run("case-service", new RawHttp(port), endpoints,
                    MalformedRequestRun.count(), MalformedRequestRun.seed(), CANARY);
            System.out.print(outcome.report());

            assertThat(outcome.defects()).as("answers that break the rules (seed %d)", outcome.seed()).isEmpty();
            assertThat(trap.events()).as("the service logged while refusing").isPositive();
            assertThat(trap.hits()).as("log lines holding a canary").isEmpty();
        }
        assertThat(rows("domain_event_entry")).as("events stored by malformed requests").isEqualTo(events);
        assertThat(rows("case_overview")).as("cases opened by malformed requests").isEqualTo(cases);
        assertThat(rows("idempotency_key")).as("idempotency keys kept for malformed requests").isEqualTo(keys);

        assertThat(get("/actuator/health").getStatusCode().value()).isEqualTo(200);
        assertThat(post("/api/cases/" + caseId + "/notes", DemoUsers.MEDIATOR_ANNA, ifMatch,
                "{\"text\": \"Called back.\"}").getStatusCode().value()).as("still taking steps").isEqualTo(200);
    }

    /**
     * The same for the pages' forms, posted by a mediator signed in through Keycloak: a refused form is a page
     * with a 4xx (the form again, naming what was wrong, or the error page), never a 5xx, and changes nothing.
     */
    @Test
    void refusesEveryMalformedPageFormWithAPageChangesNoCaseAndLogsNoneOfWhatWasSent() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        PageSession anna = PageSession.signedIn(pagesBaseUri(), DemoUsers.MEDIATOR_ANNA);
        String cookie = anna.cookieHeader();
        String csrf = anna.csrf();
        String casePath = "/cases/" + caseId;
        List<Endpoint> forms = List.of(
                Endpoint.form(casePath + "/notes", java.util.Map.of("version", "2", "text", CANARY + " called back."),
                        List.of("version"), csrf).withHeader("Cookie", cookie),
                Endpoint.form(casePath + "/first-conversation", java.util.Map.of("version", "2",
                                "heldAt", "2026-04-02T10:00", "summary", CANARY + " wants to be heard."),
                        List.of("version", "heldAt"), csrf).withHeader("Cookie", cookie));
        long events = rows("domain_event_entry");

        MalformedRequestRun.Outcome outcome;
        try (LogCanaryTrap trap = LogCanaryTrap.open(CANARY)) {
            outcome = MalformedRequestRun.run("case-service pages", new RawHttp(port), forms,
                    Math.max(1, MalformedRequestRun.count() / 5), MalformedRequestRun.seed(), CANARY);
            System.out.print(outcome.report());

            assertThat(outcome.defects()).as("answers that break the rules (seed %d)", outcome.seed()).isEmpty();
            assertThat(trap.hits()).as("log lines holding a canary").isEmpty();
        }
        assertThat(rows("domain_event_entry")).as("events stored by malformed forms").isEqualTo(events);
        assertThat(anna.post(casePath + "/notes", java.util.Map.of("version", "2", "text", "Called back."))
                .statusCode()).as("the form still takes a step").isLessThan(400);
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
