package nl.perspectief.cases.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.cases.RunningCaseService;
import nl.perspectief.cases.StaffTokens;
import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;

/**
 * The access log as compliance uses it on the running service: search it by case and by person, verify its
 * chain, and find a row someone with the database's superuser rights changed behind the service's back.
 */
class AccessLogApiIT extends RunningCaseService {

    @Test
    void letsComplianceFindEveryLookAtACaseAndWhoTookIt() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        get("/api/cases/" + caseId, DemoUsers.MEDIATOR_ANNA);
        get("/api/cases/" + caseId, DemoUsers.MEDIATOR_BRAM);

        ResponseEntity<String> search = get("/api/access-log?caseId=" + caseId, DemoUsers.COMPLIANCE);

        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode entries = json(search).get("entries");
        assertThat(entries.get(0).get("actorSubject").asString()).as("newest first: the search itself")
                .isEqualTo(StaffTokens.idOf(DemoUsers.COMPLIANCE));
        assertThat(entries.get(0).get("resource").asString()).isEqualTo("ACCESS_LOG");
        assertThat(entries.get(1).get("actorSubject").asString()).isEqualTo(StaffTokens.idOf(DemoUsers.MEDIATOR_BRAM));
        assertThat(entries.get(1).get("outcome").asString()).isEqualTo("FORBIDDEN");
        assertThat(entries.get(2).get("actorSubject").asString()).isEqualTo(StaffTokens.idOf(DemoUsers.MEDIATOR_ANNA));
        assertThat(entries.get(2).get("outcome").asString()).isEqualTo("ALLOWED");
        JsonNode bramsLooks = json(get("/api/access-log?actor=" + StaffTokens.idOf(DemoUsers.MEDIATOR_BRAM), DemoUsers.COMPLIANCE))
                .get("entries");
        assertThat(bramsLooks.findValuesAsString("actorSubject")).containsOnly(StaffTokens.idOf(DemoUsers.MEDIATOR_BRAM));
    }

    @Test
    void verifiesTheChainAndFindsARowChangedBehindTheServicesBack() {
        String caseId = caseAssignedTo(DemoUsers.MEDIATOR_ANNA);
        get("/api/cases/" + caseId, DemoUsers.MEDIATOR_ANNA);
        JsonNode intact = json(get("/api/access-log/verification", DemoUsers.COMPLIANCE));
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("recordsChecked").asLong()).isPositive();

        JdbcClient superuser = JdbcClient.create(superuserDataSource());
        long tampered = superuser.sql("select max(position) from access_log where case_id = ?::uuid and outcome = 'ALLOWED'"
                        + " and actor_role = 'MEDIATOR'").param(caseId).query(Long.class).single();
        try {
            rewrite(superuser, tampered, "FORBIDDEN");

            JsonNode broken = json(get("/api/access-log/verification", DemoUsers.COMPLIANCE));

            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenPosition").asLong()).isEqualTo(tampered);
            assertThat(broken.get("reason").asString()).isEqualTo("HASH_MISMATCH");
        } finally {
            rewrite(superuser, tampered, "ALLOWED");
        }
        assertThat(json(get("/api/access-log/verification", DemoUsers.COMPLIANCE)).get("intact").asBoolean()).isTrue();
    }

    @Test
    void refusesTheAccessLogToEveryoneButCompliance() {
        for (DemoUsers user : new DemoUsers[] {DemoUsers.DESK, DemoUsers.MEDIATOR_ANNA, DemoUsers.ADMIN, DemoUsers.TRAINER}) {
            assertThat(get("/api/access-log", user).getStatusCode()).as(user.name()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    /** As an attacker with the superuser's rights would: the trigger off, the row changed, the trigger on. */
    private static void rewrite(JdbcClient superuser, long position, String outcome) {
        superuser.sql("alter table access_log disable trigger access_log_append_only").update();
        try {
            superuser.sql("update access_log set outcome = ? where position = ?").params(outcome, position).update();
        } finally {
            superuser.sql("alter table access_log enable trigger access_log_append_only").update();
        }
    }
}
