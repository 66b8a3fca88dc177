package nl.perspectief.cases.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.MovableClock;
import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;

/**
 * Break-glass on the running service: a mediator covering for a colleague is refused the case, asks with a
 * written reason, reads it while the grant lasts (every read flagged in the access log with the grant), may
 * not act on it, is listed for compliance with the reason, and is refused again once the grant expired.
 */
class BreakGlassIT extends RunningCaseService {

    private static final String BRAM = StaffTokens.idOf(DemoUsers.MEDIATOR_BRAM);
    private static final String REASON = "Anna is ill this week; the applicant called about tomorrow's meeting.";

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MovableClock clock;
    @Autowired
    private MeterRegistry meters;

    @Test
    void letsAColleagueReadTheCaseWithAWrittenReasonUntilTheGrantExpires() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String annas = "/api/cases/" + caseId;
        assertThat(get(annas, DemoUsers.MEDIATOR_BRAM).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        double grantedBefore = granted();

        ResponseEntity<String> tooShort = post(annas + "/break-glass", DemoUsers.MEDIATOR_BRAM, null, "{\"reason\": \"urgent\"}");
        assertThat(tooShort.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(tooShort).get("errors").get(0).get("field").asString()).isEqualTo("reason");

        long before = lastPosition();
        ResponseEntity<String> granted = post(annas + "/break-glass", DemoUsers.MEDIATOR_BRAM, null,
                "{\"reason\": \"" + REASON + "\", \"minutes\": 30}");
        assertThat(granted.getStatusCode()).as(granted.getBody()).isEqualTo(HttpStatus.CREATED);
        String grantId = json(granted).get("grantId").asString();
        assertThat(Duration.between(java.time.Instant.parse(json(granted).get("grantedAt").asString()),
                java.time.Instant.parse(json(granted).get("expiresAt").asString()))).isEqualTo(Duration.ofMinutes(30));
        assertThat(granted() - grantedBefore).isEqualTo(1.0);

        ResponseEntity<String> detail = get(annas, DemoUsers.MEDIATOR_BRAM);
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(detail).get("applicant").get("fullName").asString()).isEqualTo("Julia de Vries");
        assertThat(get(annas + "/timeline", DemoUsers.MEDIATOR_BRAM).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> step = post(annas + "/notes", DemoUsers.MEDIATOR_BRAM, "\"2\"", "{\"text\": \"Spoke to Julia.\"}");
        assertThat(step.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json(step).get("rule").asString()).isEqualTo("BreakGlassIsReadOnly");

        List<Map<String, Object>> logged = recordsAfter(before);
        assertThat(logged).extracting(row -> row.get("resource") + " " + row.get("outcome") + " " + row.get("break_glass"))
                .containsExactly("BREAK_GLASS_GRANT ALLOWED true", "CASE_DETAIL ALLOWED true",
                        "CASE_TIMELINE ALLOWED true", "CASE_COMMAND FORBIDDEN false");
        assertThat(logged.subList(0, 3)).allSatisfy(row -> {
            assertThat(row).containsEntry("break_glass_grant_id", grantId).containsEntry("actor_subject", BRAM)
                    .containsEntry("case_id", caseId);
        });

        JsonNode grants = json(get("/api/break-glass-grants", DemoUsers.COMPLIANCE)).get("grants");
        JsonNode listed = grants.get(0);
        assertThat(listed.get("grantId").asString()).as("newest first").isEqualTo(grantId);
        assertThat(listed.get("caseId").asString()).isEqualTo(caseId);
        assertThat(listed.get("mediatorId").asString()).isEqualTo(BRAM);
        assertThat(listed.get("reason").asString()).isEqualTo(REASON);
        byte[] stored = jdbc.sql("select reason from break_glass_grant where grant_id = ?::uuid").param(grantId)
                .query(byte[].class).single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Anna is ill");

        try {
            clock.moveOn(Duration.ofMinutes(31));
            assertThat(get(annas, DemoUsers.MEDIATOR_BRAM).getStatusCode()).as("after expiry").isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(recordsAfter(lastPosition() - 1).getFirst()).containsEntry("outcome", "FORBIDDEN")
                    .containsEntry("break_glass", false);
        } finally {
            clock.reset();
        }
    }

    @Test
    void refusesBreakGlassForTheMediatorsOwnCaseAndForACaseThatDoesNotExist() {
        String annas = "/api/cases/" + caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        String body = "{\"reason\": \"" + REASON + "\"}";

        ResponseEntity<String> own = post(annas + "/break-glass", DemoUsers.MEDIATOR_ANNA, null, body);
        ResponseEntity<String> none = post("/api/cases/" + UUID.randomUUID() + "/break-glass", DemoUsers.MEDIATOR_BRAM, null, body);

        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(own).get("rule").asString()).isEqualTo("BreakGlassNotNeeded");
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void grantsAnHourWhenNoDurationIsGivenAndNoMoreThanFourHours() {
        String annas = "/api/cases/" + caseAssignedTo(DemoUsers.MEDIATOR_ANNA);

        ResponseEntity<String> tooLong = post(annas + "/break-glass", DemoUsers.MEDIATOR_BRAM, null,
                "{\"reason\": \"" + REASON + "\", \"minutes\": 241}");
        ResponseEntity<String> anHour = post(annas + "/break-glass", DemoUsers.MEDIATOR_BRAM, null,
                "{\"reason\": \"" + REASON + "\"}");

        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json(tooLong).get("errors").get(0).get("field").asString()).isEqualTo("minutes");
        assertThat(anHour.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(Duration.between(java.time.Instant.parse(json(anHour).get("grantedAt").asString()),
                java.time.Instant.parse(json(anHour).get("expiresAt").asString()))).isEqualTo(Duration.ofHours(1));
    }

    private double granted() {
        return meters.counter("perspectief.cases.break.glass").count();
    }

    private long lastPosition() {
        return jdbc.sql("select coalesce(max(position), 0) from access_log").query(Long.class).single();
    }

    private List<Map<String, Object>> recordsAfter(long position) {
        return jdbc.sql("""
                        select actor_subject, case_id::text as case_id, resource, outcome, break_glass,
                               break_glass_grant_id::text as break_glass_grant_id
                        from access_log where position > ? order by position""")
                .param(position).query().listOfRows();
    }
}
