package nl.perspectief.accesslog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import nl.perspectief.accesslog.ChainVerification.ChainBreak;

/** The access log in the service's PostgreSQL database, table {@code access_log}. */
final class JdbcAccessLog implements AccessLog {

    /**
     * The advisory lock that serializes appends across all instances of a service ("acclog" in
     * ASCII); transaction-scoped, so it is released by commit or rollback, never left behind.
     */
    static final long APPEND_LOCK = 0x6163636c6f67L;
    static final int VERIFICATION_PAGE = 1_000;

    private static final String COLUMNS = """
            position, record_id, occurred_at, actor_subject, actor_role, service, case_id, resource,
            break_glass, break_glass_grant_id, outcome, request_id""";

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final String service;
    private final Clock clock;
    private final AppendListener listener;

    JdbcAccessLog(DataSource dataSource, String service, Clock clock, AppendListener listener) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // each statement must see the appends committed while this one waited for the lock
        this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.service = service;
        this.clock = clock;
        this.listener = listener;
    }

    @Override
    public long append(AccessRecord record) {
        Long position = ownTransaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((RowCallbackHandler) row -> { });
            Head head = jdbc.sql("select position, hash from access_log order by position desc limit 1")
                    .query((rs, n) -> new Head(rs.getLong("position"), rs.getBytes("hash")))
                    .optional()
                    .orElse(Head.GENESIS);
            // stamped under the lock, so time never runs backwards along the chain within one clock
            ChainedRecord chained = new ChainedRecord(head.position() + 1, UUID.randomUUID(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), record.actorSubject(), record.actorRole(), service,
                    record.caseId(), record.resource().name(), record.breakGlass(), record.breakGlassGrantId(),
                    record.outcome().name(), record.requestId(), head.hash());
            insert(chained, ChainHash.of(chained));
            return chained.position();
        });
        listener.appended(record);
        return position;
    }

    private void insert(ChainedRecord record, byte[] hash) {
        jdbc.sql("insert into access_log (" + COLUMNS + ", previous_hash, hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(record.position(), record.recordId(), OffsetDateTime.ofInstant(record.occurredAt(), ZoneOffset.UTC),
                        record.actorSubject(), record.actorRole(), record.service(), record.caseId(), record.resource(),
                        record.breakGlass(), record.breakGlassGrantId(), record.outcome(), record.requestId(),
                        record.previousHash(), hash)
                .update();
    }

    @Override
    public ChainVerification verify() {
        long expectedPosition = 1;
        byte[] previousHash = ChainHash.GENESIS;
        long checked = 0;
        while (true) {
            // keyset pages: memory stays one page whatever the log's length, and appends may go on meanwhile
            List<StoredRow> page = jdbc.sql("select " + COLUMNS + ", previous_hash, hash from access_log"
                            + " where position >= ? order by position limit ?")
                    .params(expectedPosition, VERIFICATION_PAGE)
                    .query((rs, n) -> new StoredRow(chainedRecordOf(rs), rs.getBytes("hash")))
                    .list();
            for (StoredRow row : page) {
                ChainedRecord record = row.record();
                ChainBreak broken = null;
                long brokenAt = record.position();
                if (record.position() != expectedPosition) {
                    broken = ChainBreak.POSITION_GAP;
                    brokenAt = expectedPosition;
                } else if (!Arrays.equals(record.previousHash(), previousHash)) {
                    broken = ChainBreak.PREVIOUS_HASH_MISMATCH;
                } else if (!Arrays.equals(ChainHash.of(record), row.hash())) {
                    broken = ChainBreak.HASH_MISMATCH;
                }
                if (broken != null) {
                    return new ChainVerification(false, checked, brokenAt, broken, record.position(), ChainHash.hex(row.hash()));
                }
                checked++;
                expectedPosition++;
                previousHash = row.hash();
            }
            if (page.size() < VERIFICATION_PAGE) {
                return new ChainVerification(true, checked, null, null,
                        checked == 0 ? null : expectedPosition - 1, checked == 0 ? null : ChainHash.hex(previousHash));
            }
        }
    }

    @Override
    public AccessLogPage search(AccessLogQuery query) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + ", previous_hash from access_log where true");
        List<Object> params = new ArrayList<>();
        if (query.caseId() != null) {
            sql.append(" and case_id = ?");
            params.add(query.caseId());
        }
        if (query.actorSubject() != null) {
            sql.append(" and actor_subject = ?");
            params.add(query.actorSubject());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
        // one row more than asked tells whether there is a next page without counting them all
        sql.append(" order by position desc limit ? offset ?");
        params.add(query.size() + 1);
        params.add(query.offset());
        List<AccessLogEntry> entries = jdbc.sql(sql.toString()).params(params).query((rs, n) -> entryOf(rs)).list();
        boolean hasNext = entries.size() > query.size();
        return new AccessLogPage(hasNext ? entries.subList(0, query.size()) : entries, query.page(), query.size(), hasNext);
    }

    private static ChainedRecord chainedRecordOf(ResultSet rs) throws SQLException {
        return new ChainedRecord(rs.getLong("position"), rs.getObject("record_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor_subject"),
                rs.getString("actor_role"), rs.getString("service"), rs.getObject("case_id", UUID.class),
                rs.getString("resource"), rs.getBoolean("break_glass"), rs.getObject("break_glass_grant_id", UUID.class),
                rs.getString("outcome"), rs.getString("request_id"), rs.getBytes("previous_hash"));
    }

    private static AccessLogEntry entryOf(ResultSet rs) throws SQLException {
        ChainedRecord record = chainedRecordOf(rs);
        return new AccessLogEntry(record.position(), record.recordId(), record.occurredAt(), record.actorSubject(),
                record.actorRole(), record.service(), record.caseId(), AccessedResource.valueOf(record.resource()),
                record.breakGlass(), record.breakGlassGrantId(), AccessOutcome.valueOf(record.outcome()),
                record.requestId());
    }

    private record Head(long position, byte[] hash) {
        static final Head GENESIS = new Head(0, ChainHash.GENESIS);
    }

    private record StoredRow(ChainedRecord record, byte[] hash) {
    }
}
