package nl.perspectief.accesslog;

import static nl.perspectief.accesslog.AccessLogFixtures.accessLogOn;
import static nl.perspectief.accesslog.AccessLogFixtures.appendMany;
import static nl.perspectief.accesslog.AccessLogFixtures.tamper;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import nl.perspectief.accesslog.ChainVerification.ChainBreak;
import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Someone with the database administrator's rights changes the log; the verification finds where. */
class TamperDetectionTest {

    private static final int RECORDS = 10;

    private final AccessLogDatabase database = TestDatabase.fresh();
    private final AccessLog accessLog = accessLogOn(database.app());

    @BeforeEach
    void givenAnIntactChain() {
        appendMany(accessLog, RECORDS);
        assertThat(accessLog.verify().intact()).isTrue();
    }

    @Test
    void findsAChangedField() {
        tamper(database.superuser(), "update access_log set actor_subject = 'someone-else' where position = 4");

        assertBrokenAt(4, ChainBreak.HASH_MISMATCH, 3);
    }

    @Test
    void findsAChangedTimeOfAccess() {
        tamper(database.superuser(), "update access_log set occurred_at = occurred_at - interval '1 day' where position = 9");

        assertBrokenAt(9, ChainBreak.HASH_MISMATCH, 8);
    }

    @Test
    void findsADeletedRecord() {
        tamper(database.superuser(), "delete from access_log where position = 4");

        assertBrokenAt(4, ChainBreak.POSITION_GAP, 3);
    }

    @Test
    void findsADeletedRecordWhenTheOthersWereRenumbered() {
        tamper(database.superuser(),
                "delete from access_log where position = 4",
                "update access_log set position = position + 1000 where position > 4",
                "update access_log set position = position - 1001 where position > 1000");

        assertBrokenAt(4, ChainBreak.PREVIOUS_HASH_MISMATCH, 3);
    }

    @Test
    void findsTwoRecordsThatSwappedPlaces() {
        tamper(database.superuser(),
                "update access_log set position = 1004 where position = 4",
                "update access_log set position = 4 where position = 5",
                "update access_log set position = 5 where position = 1004");

        assertBrokenAt(4, ChainBreak.PREVIOUS_HASH_MISMATCH, 3);
    }

    @Test
    void findsTwoHashesThatSwappedPlaces() {
        tamper(database.superuser(),
                "update access_log a set hash = b.hash from access_log b where a.position = 4 and b.position = 5"
                        + " or a.position = 5 and b.position = 4");

        assertBrokenAt(4, ChainBreak.HASH_MISMATCH, 3);
    }

    @Test
    void findsARecordInsertedWithAValidHashAtTheFirstRecordAfterIt() {
        byte[] third = hashAt(3);
        ChainedRecord forged = new ChainedRecord(4, UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00Z"), "forger",
                "COMPLIANCE", "case-service", null, "CASE_LIST", false, null, "ALLOWED", null, third);
        tamper(database.superuser(),
                // two records chaining to one predecessor are refused by a constraint: the attacker drops it
                "alter table access_log drop constraint access_log_previous_hash_key",
                "update access_log set position = position + 1000 where position > 3",
                "update access_log set position = position - 999 where position > 1000",
                "insert into access_log (position, record_id, occurred_at, actor_subject, actor_role, service, resource,"
                        + " break_glass, outcome, previous_hash, hash) values (4, '" + forged.recordId() + "', '"
                        + forged.occurredAt() + "', 'forger', 'COMPLIANCE', 'case-service', 'CASE_LIST', false, 'ALLOWED',"
                        + " '\\x" + HexFormat.of().formatHex(third) + "', '\\x" + HexFormat.of().formatHex(ChainHash.of(forged)) + "')");

        assertBrokenAt(5, ChainBreak.PREVIOUS_HASH_MISMATCH, 4);
    }

    @Test
    void findsARecordRewrittenWithARecomputedHashAtTheRecordAfterIt() {
        AccessLogEntry original = accessLog.search(new AccessLogQuery(null, null, null, null, RECORDS - 6, 1)).entries().getFirst();
        assertThat(original.position()).isEqualTo(6);
        ChainedRecord rewritten = new ChainedRecord(6, original.recordId(), original.occurredAt(), "someone-else",
                original.actorRole(), original.service(), original.caseId(), original.resource().name(),
                original.breakGlass(), original.breakGlassGrantId(), original.outcome().name(), original.requestId(), hashAt(5));
        tamper(database.superuser(), "update access_log set actor_subject = 'someone-else', hash = '\\x"
                + HexFormat.of().formatHex(ChainHash.of(rewritten)) + "' where position = 6");

        assertBrokenAt(7, ChainBreak.PREVIOUS_HASH_MISMATCH, 6);
    }

    private byte[] hashAt(long position) {
        return JdbcClient.create(database.app()).sql("select hash from access_log where position = ?").param(position)
                .query(byte[].class).single();
    }

    private void assertBrokenAt(long position, ChainBreak reason, long intactBefore) {
        ChainVerification verification = accessLog.verify();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenPosition()).isEqualTo(position);
        assertThat(verification.reason()).isEqualTo(reason);
        assertThat(verification.recordsChecked()).isEqualTo(intactBefore);
    }
}
