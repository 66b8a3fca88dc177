package nl.perspectief.accesslog;

import java.time.Clock;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Records and access logs for tests. */
final class AccessLogFixtures {

    static final String SERVICE = "case-service";

    private AccessLogFixtures() {
    }

    static AccessLog accessLogOn(DataSource dataSource) {
        return new JdbcAccessLog(dataSource, SERVICE, Clock.systemUTC(), AppendListener.NONE);
    }

    static AccessRecord detailRead(String actor, UUID caseId) {
        return AccessRecord.of(actor, "MEDIATOR", caseId, AccessedResource.CASE_DETAIL, AccessOutcome.ALLOWED);
    }

    static AccessRecord anyRead(int i) {
        return new AccessRecord("subject-" + (i % 7), i % 2 == 0 ? "MEDIATOR" : "COMPLIANCE",
                i % 3 == 0 ? null : UUID.randomUUID(), AccessedResource.values()[i % AccessedResource.values().length],
                i % 5 == 0, i % 10 == 0 ? UUID.randomUUID() : null, AccessOutcome.values()[i % AccessOutcome.values().length],
                i % 4 == 0 ? null : "request-" + i);
    }

    static void appendMany(AccessLog accessLog, int count) {
        for (int i = 1; i <= count; i++) {
            accessLog.append(anyRead(i));
        }
    }

    /**
     * Changes rows as someone with the database administrator's rights could: with the append-only
     * trigger switched off, and its constraints too where the change needs it.
     */
    static void tamper(DataSource superuser, String... statements) {
        JdbcClient jdbc = JdbcClient.create(superuser);
        jdbc.sql("alter table access_log disable trigger access_log_append_only").update();
        try {
            for (String statement : statements) {
                jdbc.sql(statement).update();
            }
        } finally {
            jdbc.sql("alter table access_log enable trigger access_log_append_only").update();
        }
    }
}
