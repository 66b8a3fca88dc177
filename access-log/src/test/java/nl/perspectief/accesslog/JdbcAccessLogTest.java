package nl.perspectief.accesslog;

import static nl.perspectief.accesslog.AccessLogFixtures.accessLogOn;
import static nl.perspectief.accesslog.AccessLogFixtures.appendMany;
import static nl.perspectief.accesslog.AccessLogFixtures.detailRead;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcAccessLogTest {

    private final AccessLogDatabase database = TestDatabase.fresh();
    private final AccessLog accessLog = accessLogOn(database.app());
    private final JdbcClient asApp = JdbcClient.create(database.app());

    @Test
    void verifiesAnEmptyLogAsIntact() {
        ChainVerification verification = accessLog.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isZero();
        assertThat(verification.headPosition()).isNull();
    }

    @Test
    void verifiesALongChainAsIntactAcrossVerificationPages() {
        int count = JdbcAccessLog.VERIFICATION_PAGE * 2 + 17;
        ChainVerification verification;
        try (HikariDataSource pool = new HikariDataSource()) {
            // pooled as in a service: a connection per append would make this test mostly connecting
            pool.setJdbcUrl(database.url());
            pool.setUsername(TestDatabase.APP_USER);
            appendMany(accessLogOn(pool), count);

            verification = accessLog.verify();
        }

        assertThat(verification.intact()).isTrue();
        assertThat(verification.recordsChecked()).isEqualTo(count);
        assertThat(verification.firstBrokenPosition()).isNull();
        assertThat(verification.reason()).isNull();
        assertThat(verification.headPosition()).isEqualTo(count);
        byte[] lastHash = asApp.sql("select hash from access_log where position = ?").param(count).query(byte[].class).single();
        assertThat(verification.headHash()).isEqualTo(ChainHash.hex(lastHash));
    }

    @Test
    void numbersRecordsFromOneAndChainsTheFirstToZeros() {
        long first = accessLog.append(detailRead("subject-a", UUID.randomUUID()));
        long second = accessLog.append(detailRead("subject-a", UUID.randomUUID()));

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
        Map<String, Object> row = asApp.sql("select previous_hash, hash from access_log where position = 1").query().singleRow();
        assertThat((byte[]) row.get("previous_hash")).isEqualTo(new byte[32]);
        assertThat(asApp.sql("select previous_hash from access_log where position = 2").query(byte[].class).single())
                .isEqualTo((byte[]) row.get("hash"));
    }

    @Test
    void storesEveryFieldOfTheRecordWithTheServiceAndTheTime() {
        UUID caseId = UUID.randomUUID();
        UUID grant = UUID.randomUUID();
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        accessLog.append(new AccessRecord("subject-b", "MEDIATOR", caseId, AccessedResource.CASE_TIMELINE, true, grant,
                AccessOutcome.ALLOWED, "trace-1"));

        AccessLogEntry entry = accessLog.search(AccessLogQuery.latest(10)).entries().getFirst();

        assertThat(entry.position()).isEqualTo(1);
        assertThat(entry.recordId()).isNotNull();
        assertThat(entry.occurredAt()).isBetween(before, Instant.now());
        assertThat(entry.service()).isEqualTo(AccessLogFixtures.SERVICE);
        assertThat(entry).extracting(AccessLogEntry::actorSubject, AccessLogEntry::actorRole, AccessLogEntry::caseId,
                        AccessLogEntry::resource, AccessLogEntry::breakGlass, AccessLogEntry::breakGlassGrantId,
                        AccessLogEntry::outcome, AccessLogEntry::requestId)
                .containsExactly("subject-b", "MEDIATOR", caseId, AccessedResource.CASE_TIMELINE, true, grant,
                        AccessOutcome.ALLOWED, "trace-1");
    }

    @Test
    void keepsTheRecordWhenTheCallersTransactionRollsBack() {
        TransactionTemplate callers = new TransactionTemplate(new DataSourceTransactionManager(database.app()));

        callers.executeWithoutResult(status -> {
            accessLog.append(detailRead("subject-c", UUID.randomUUID()));
            status.setRollbackOnly();
        });

        assertThat(accessLog.search(AccessLogQuery.latest(10)).entries()).hasSize(1);
    }

    @Test
    void failsTheAppendWhenTheRecordCannotBeStored() {
        JdbcClient.create(database.superuser()).sql("revoke insert on access_log from " + TestDatabase.APP_USER).update();

        assertThatThrownBy(() -> accessLog.append(detailRead("subject-d", UUID.randomUUID())))
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void countsAppendsByResourceAndOutcome() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AccessLog counted = new JdbcAccessLog(database.app(), "case-service", Clock.systemUTC(), new AppendCounter(registry));

        counted.append(detailRead("subject-e", UUID.randomUUID()));
        counted.append(detailRead("subject-e", UUID.randomUUID()));
        counted.append(AccessRecord.of("subject-e", "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_DETAIL, AccessOutcome.NOT_FOUND));

        assertThat(registry.get(AppendCounter.NAME).tags("resource", "CASE_DETAIL", "outcome", "ALLOWED").counter().count()).isEqualTo(2);
        assertThat(registry.get(AppendCounter.NAME).tags("resource", "CASE_DETAIL", "outcome", "NOT_FOUND").counter().count()).isEqualTo(1);
    }

    @Test
    void findsTheRecordsOfOneCaseNewestFirst() {
        UUID caseId = UUID.randomUUID();
        accessLog.append(detailRead("subject-f", caseId));
        accessLog.append(detailRead("subject-g", UUID.randomUUID()));
        accessLog.append(detailRead("subject-h", caseId));

        List<AccessLogEntry> found = accessLog.search(new AccessLogQuery(caseId, null, null, null, 0, 50)).entries();

        assertThat(found).extracting(AccessLogEntry::actorSubject).containsExactly("subject-h", "subject-f");
    }

    @Test
    void findsTheRecordsOfOneActor() {
        accessLog.append(detailRead("subject-i", UUID.randomUUID()));
        accessLog.append(detailRead("subject-j", UUID.randomUUID()));
        accessLog.append(detailRead("subject-i", UUID.randomUUID()));

        List<AccessLogEntry> found = accessLog.search(new AccessLogQuery(null, "subject-i", null, null, 0, 50)).entries();

        assertThat(found).extracting(AccessLogEntry::position).containsExactly(3L, 1L);
    }

    @Test
    void findsTheRecordsOfAPeriodFromInclusiveToExclusive() {
        Instant t0 = Instant.parse("2026-11-22T09:00:00Z");
        AccessLog atFixedTimes = new JdbcAccessLog(database.app(), "case-service", Clock.fixed(t0, ZoneOffset.UTC), AppendListener.NONE);
        atFixedTimes.append(detailRead("subject-k", UUID.randomUUID()));
        new JdbcAccessLog(database.app(), "case-service", Clock.fixed(t0.plusSeconds(3600), ZoneOffset.UTC), AppendListener.NONE)
                .append(detailRead("subject-l", UUID.randomUUID()));
        new JdbcAccessLog(database.app(), "case-service", Clock.fixed(t0.plusSeconds(7200), ZoneOffset.UTC), AppendListener.NONE)
                .append(detailRead("subject-m", UUID.randomUUID()));

        List<AccessLogEntry> found = accessLog.search(new AccessLogQuery(null, null, t0.plusSeconds(3600), t0.plusSeconds(7200), 0, 50)).entries();

        assertThat(found).extracting(AccessLogEntry::actorSubject).containsExactly("subject-l");
        assertThat(accessLog.search(new AccessLogQuery(null, null, t0, null, 0, 50)).entries()).hasSize(3);
        assertThat(accessLog.search(new AccessLogQuery(null, null, null, t0, 0, 50)).entries()).isEmpty();
    }

    @Test
    void pagesNewestFirstAndSaysWhetherThereIsMore() {
        appendMany(accessLog, 5);

        AccessLogPage first = accessLog.search(new AccessLogQuery(null, null, null, null, 0, 2));
        AccessLogPage last = accessLog.search(new AccessLogQuery(null, null, null, null, 2, 2));

        assertThat(first.entries()).extracting(AccessLogEntry::position).containsExactly(5L, 4L);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.entries()).extracting(AccessLogEntry::position).containsExactly(1L);
        assertThat(last.hasNext()).isFalse();
        assertThat(accessLog.search(new AccessLogQuery(null, null, null, null, 1, 5)).entries()).isEmpty();
    }

    @Test
    void refusesAQueryWithAPeriodEndingBeforeItStartsOrPagesTooLarge() {
        Instant now = Instant.now();

        assertThatThrownBy(() -> new AccessLogQuery(null, " ", now, now.minusSeconds(1), -1, AccessLogQuery.MAX_SIZE + 1))
                .isInstanceOfSatisfying(InvalidAccessLogQueryException.class, refused -> assertThat(refused.errors())
                        .extracting(InvalidAccessLogQueryException.InvalidParameter::field)
                        .containsExactly("actor", "from", "page", "size"));
    }

    @Test
    void refusesABreakGlassGrantOnARecordThatIsNoBreakGlass() {
        assertThatThrownBy(() -> new AccessRecord("subject-n", "MEDIATOR", UUID.randomUUID(), AccessedResource.CASE_DETAIL,
                false, UUID.randomUUID(), AccessOutcome.ALLOWED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
