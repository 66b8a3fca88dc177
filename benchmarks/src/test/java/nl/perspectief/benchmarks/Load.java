package nl.perspectief.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The two ways load is put on a path. <b>Closed loop</b>: a number of clients, each sending its next request when the
 * last was answered, for a warm-up and then a measured time: what the path takes at that concurrency (its rate and
 * latencies). <b>Open loop</b>: requests started at a fixed rate whatever the answers do, each one's latency counted
 * from the moment it was due, not when it went out, so a stall is counted in full for every request it delayed (no
 * coordinated omission).
 */
final class Load {

    /** One operation of a client; throws when it failed (counted, not measured). */
    @FunctionalInterface
    interface Operation {
        void run(int client) throws Exception;
    }

    private Load() {
    }

    static Latencies closedLoop(int clients, Duration warmUp, Duration measured, Operation operation)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        long warmUntil = System.nanoTime() + warmUp.toNanos();
        long until = warmUntil + measured.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int number = client;
                running.add(pool.submit(() -> {
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= until) {
                            return null;
                        }
                        try {
                            operation.run(number);
                            if (start >= warmUntil) {
                                latencies.record(System.nanoTime() - start);
                            }
                        } catch (Exception failed) {
                            if (start >= warmUntil) {
                                latencies.failed();
                            }
                        }
                    }
                }));
            }
            for (Future<?> client : running) {
                try {
                    client.get();
                } catch (java.util.concurrent.ExecutionException impossible) {
                    throw new IllegalStateException(impossible.getCause());
                }
            }
        }
        // the last operations end after the measured time; their wall time is counted with them
        return latencies.done(Duration.ofNanos(Math.max(measured.toNanos(), System.nanoTime() - warmUntil)));
    }

    /**
     * @param operation given the moment the request was due, starts it and completes with the moment it was done
     */
    static Latencies openLoop(double perSecond, Duration measured, Function<Instant, CompletableFuture<Instant>> operation)
            throws InterruptedException {
        Latencies latencies = new Latencies();
        long interval = (long) (1e9 / perSecond);
        long count = (long) (measured.toNanos() / (double) interval);
        Instant origin = Instant.now().plusMillis(50);
        long originNanos = System.nanoTime() + 50_000_000L;
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long dueNanos = originNanos + i * interval;
            long wait = dueNanos - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Instant due = origin.plusNanos(i * interval);
            all.add(operation.apply(due).handle((done, failed) -> {
                if (failed != null || done == null) {
                    latencies.failed();
                } else {
                    latencies.record(Duration.between(due, done).toNanos());
                }
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).orTimeout(2, TimeUnit.MINUTES)
                .exceptionally(timedOut -> null).join();
        return latencies.done(measured);
    }
}
