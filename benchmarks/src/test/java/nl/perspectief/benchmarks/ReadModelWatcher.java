package nl.perspectief.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Tells when a registration's case has reached case-service's {@code case_overview} (what the desk's list and case
 * page read): one thread asks for every reference still waiting in one query every 5 ms. One light query for all, so
 * the watching does not load the service it watches.
 */
final class ReadModelWatcher implements AutoCloseable {

    private final Map<String, CompletableFuture<Instant>> waiting = new ConcurrentHashMap<>();
    private final Connection connection;
    private final Thread thread;
    private final long backendPid;
    private volatile boolean watching = true;

    ReadModelWatcher(DataSource cases) throws SQLException {
        this.connection = cases.getConnection();
        try (PreparedStatement pid = connection.prepareStatement("select pg_backend_pid()");
             ResultSet row = pid.executeQuery()) {
            row.next();
            this.backendPid = row.getLong(1);
        }
        this.thread = Thread.ofPlatform().daemon().name("read-model-watcher").start(this::watch);
    }

    /** The PostgreSQL process that answers the watcher's queries: its CPU is the benchmark's, not the stack's. */
    long backendPid() {
        return backendPid;
    }

    /** Completes with the moment the case of {@code reference} was first seen, or fails after {@code atMost}. */
    CompletableFuture<Instant> readable(String reference, Duration atMost) {
        return waiting.computeIfAbsent(reference, ignored -> new CompletableFuture<>())
                .orTimeout(atMost.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((seen, failed) -> waiting.remove(reference));
    }

    private void watch() {
        try (PreparedStatement found = connection.prepareStatement(
                "select registration_reference from case_overview where registration_reference = any (?)")) {
            while (watching) {
                if (!waiting.isEmpty()) {
                    Array references = connection.createArrayOf("varchar", waiting.keySet().toArray(String[]::new));
                    found.setArray(1, references);
                    try (ResultSet rows = found.executeQuery()) {
                        Instant now = Instant.now();
                        while (rows.next()) {
                            CompletableFuture<Instant> seen = waiting.get(rows.getString(1));
                            if (seen != null) {
                                seen.complete(now);
                            }
                        }
                    }
                    references.free();
                }
                Thread.sleep(5);
            }
        } catch (SQLException e) {
            waiting.values().forEach(seen -> seen.completeExceptionally(e));
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        watching = false;
        thread.interrupt();
        thread.join(5_000);
        connection.close();
    }
}
