package nl.perspectief.cases.compliance.query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import nl.perspectief.cases.casefile.api.ConsentProofView;
import nl.perspectief.cases.casefile.api.FindConsentProofQuery;
import nl.perspectief.cases.compliance.api.ConsentAuditView;
import nl.perspectief.cases.compliance.api.ConsentAudits;

/**
 * Runs consent audits in the background: every case's consent proof ({@link FindConsentProofQuery}, the case replayed
 * from its first event through the aggregate) on as many threads as the machine has cores, collecting each contact
 * step that lacked a consent. It only reads the event store. The audits live in this instance's memory (the last
 * {@value #KEPT} of them): an audit is repeated, never restored, and a restart forgets the runs, not the cases.
 */
@Component
class BackgroundConsentAudits implements ConsentAudits {

    static final int KEPT = 20;
    private static final Logger log = LoggerFactory.getLogger(BackgroundConsentAudits.class);

    private final JdbcClient jdbc;
    private final QueryGateway queries;
    private final Clock clock;
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final ExecutorService runner = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("consent-audit").daemon().factory());
    private final Map<UUID, ConsentAuditRun> runs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, ConsentAuditRun> eldest) {
            return size() > KEPT;
        }
    });

    BackgroundConsentAudits(JdbcClient jdbc, QueryGateway queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public ConsentAuditView start(String startedBy) {
        ConsentAuditRun run = new ConsentAuditRun(UUID.randomUUID(), startedBy, clock.instant());
        runs.put(run.auditId(), run);
        runner.submit(() -> audit(run));
        return run.view();
    }

    @Override
    public Optional<ConsentAuditView> find(UUID auditId) {
        return Optional.ofNullable(runs.get(auditId)).map(ConsentAuditRun::view);
    }

    @Override
    public List<ConsentAuditView> recent() {
        List<ConsentAuditView> views;
        synchronized (runs) {
            views = new ArrayList<>(runs.values().stream().map(ConsentAuditRun::view).toList());
        }
        Collections.reverse(views);
        return views;
    }

    private void audit(ConsentAuditRun run) {
        ExecutorService replays = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("consent-audit-replay-", 0).daemon().factory());
        try {
            List<UUID> cases = jdbc.sql("select aggregate_identifier from domain_event_entry "
                            + "where type = 'Case' and sequence_number = 0 order by global_index")
                    .query((row, n) -> UUID.fromString(row.getString(1)))
                    .list();
            run.begin(cases.size());
            for (UUID caseId : cases) {
                replays.submit(() -> replay(run, caseId));
            }
            replays.shutdown();
            boolean finished = replays.awaitTermination(1, TimeUnit.HOURS);
            run.finish(clock.instant(), finished ? null : "did not finish within an hour");
            log.info("consent audit {} done: {} cases, {} events, {} steps without consent", run.auditId(),
                    cases.size(), run.view().eventsReplayed(), run.view().violations().size());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            run.finish(clock.instant(), "interrupted");
        } catch (RuntimeException failed) {
            log.error("consent audit {} failed: {}", run.auditId(), failed.getClass().getName());
            run.finish(clock.instant(), "failed: " + failed.getClass().getSimpleName());
        } finally {
            replays.shutdownNow();
        }
    }

    /** A case that cannot be replayed is named in the audit, never skipped unseen; the others go on. */
    private void replay(ConsentAuditRun run, UUID caseId) {
        try {
            run.add(caseId, proofOf(caseId));
        } catch (RuntimeException unreplayable) {
            log.error("consent audit {}: case {} could not be replayed: {}", run.auditId(), caseId,
                    unreplayable.getClass().getName());
            run.unreplayable(caseId);
        }
    }

    private Optional<ConsentProofView> proofOf(UUID caseId) {
        return queries.query(new FindConsentProofQuery(caseId), ResponseTypes.optionalInstanceOf(ConsentProofView.class))
                .join();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
