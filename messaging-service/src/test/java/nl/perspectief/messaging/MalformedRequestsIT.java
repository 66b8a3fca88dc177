package nl.perspectief.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * Malformed requests thrown at the mediators' API by the case's mediator with a real token (10,000 a run, or
 * {@code -Dmalformed.requests=N}): recording a letter, returning it, delivering it, reading the correspondence. Each is
 * a valid request with one thing broken and every string a canary; each is refused with a 4xx problem naming what was
 * wrong, none stores anything, no log line holds a canary, and the service goes on taking steps.
 */
class MalformedRequestsIT extends RunningMessagingService {

    private static final String CANARY = "Kanarie" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private static final List<String> BAD_IF_MATCH = List.of("%s", "2", "\"2\", \"3\"", "W/\"2\"", "*", "\"-1\"",
            "\"" + "9".repeat(19) + "\"", "\"2\u0001\"");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void refusesEveryMalformedRequestWithAProblemStoresNothingAndLogsNoneOfWhatWasSent() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        String correspondence = "/api/cases/" + exchange.caseId() + "/correspondence";
        await().atMost(Duration.ofSeconds(20)).until(() -> get(correspondence, DemoUsers.MEDIATOR_ANNA)
                .getStatusCode().value() == 200);
        String letter = json(post(correspondence + "/messages", DemoUsers.MEDIATOR_ANNA, Map.of("writerId",
                exchange.applicant(), "kind", "LETTER", "content", "A letter to review."))).get("messageId").asString();
        long version = json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("version").asLong();
        String anna = "Bearer " + StaffTokens.of(DemoUsers.MEDIATOR_ANNA);
        // a version the correspondence is not at: a well-formed request with it is refused 409 and changes nothing
        String stale = "\"" + (version + 100) + "\"";
        String message = correspondence + "/messages/" + letter;
        List<Endpoint> endpoints = List.of(
                Endpoint.json("POST", correspondence + "/messages", """
                        {"writerId": "%s", "kind": "LETTER", "content": "Dear %s, I write to you."}
                        """.formatted(exchange.applicant(), CANARY))
                        .withHeader("Authorization", anna).withHeader("If-Match", stale).checking("If-Match", BAD_IF_MATCH),
                Endpoint.json("POST", message + "/return", "{\"reason\": \"It names " + CANARY + ".\"}")
                        .withHeader("Authorization", anna).withHeader("If-Match", stale).checking("If-Match", BAD_IF_MATCH),
                Endpoint.json("POST", message + "/deliver", "{\"channel\": \"POST\", \"deliveredAt\": \"2026-12-01T10:00:00Z\"}")
                        .withHeader("Authorization", anna).withHeader("If-Match", stale),
                Endpoint.withoutBody("GET", correspondence).withHeader("Authorization", anna));
        long events = rows("domain_event_entry");
        long attachments = rows("attachment");

        MalformedRequestRun.Outcome outcome;
        try (LogCanaryTrap trap = LogCanaryTrap.open(CANARY)) {
            outcome = MalformedRequestRun.run("messaging-service", new RawHttp(port), endpoints,
                    MalformedRequestRun.count(), MalformedRequestRun.seed(), CANARY);
            System.out.print(outcome.report());

            assertThat(outcome.defects()).as("answers that break the rules (seed %d)", outcome.seed()).isEmpty();
            assertThat(trap.hits()).as("log lines holding a canary").isEmpty();
        }
        assertThat(rows("domain_event_entry")).as("events stored by malformed requests").isEqualTo(events);
        assertThat(rows("attachment")).as("attachments stored by malformed requests").isEqualTo(attachments);
        assertThat(post(message + "/approve", DemoUsers.MEDIATOR_ANNA, null).getStatusCode().value())
                .as("still taking steps").isEqualTo(200);
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
