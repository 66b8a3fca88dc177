package nl.perspectief.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import com.zaxxer.hikari.HikariDataSource;
import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccessLogConcurrencyIT {

    private static final int THREADS = 8;
    private static final int APPENDS_EACH = 50;

    @Test
    void formsOneUnbrokenChainFromManyConcurrentAppenders() throws Exception {
        AccessLogDatabase database = TestDatabase.fresh();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(database.url());
            pool.setUsername(TestDatabase.APP_USER);
            pool.setMaximumPoolSize(THREADS + 2);
            // instances of their own, as in separate instances of a service: only the database serializes them
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<List<Long>>> appenders = IntStream.range(0, THREADS)
                    .<Callable<List<Long>>>mapToObj(thread -> () -> {
                        AccessLog own = new JdbcAccessLog(pool, "case-service", Clock.systemUTC(), AppendListener.NONE);
                        start.await();
                        return IntStream.range(0, APPENDS_EACH)
                                .mapToObj(i -> own.append(AccessLogFixtures.anyRead(thread * APPENDS_EACH + i)))
                                .toList();
                    })
                    .toList();

            List<Long> positions;
            long started;
            long elapsedNanos;
            try (ExecutorService executor = Executors.newFixedThreadPool(THREADS)) {
                List<Future<List<Long>>> futures = appenders.stream().map(executor::submit).toList();
                started = System.nanoTime();
                start.countDown();
                positions = futures.stream().flatMap(future -> await(future).stream()).toList();
                elapsedNanos = System.nanoTime() - started;
            }

            int total = THREADS * APPENDS_EACH;
            System.out.printf("access-log: %d appends from %d threads in %d ms: %.0f appends/s%n",
                    total, THREADS, elapsedNanos / 1_000_000, total / (elapsedNanos / 1e9));

            assertThat(positions).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
            JdbcClient jdbc = JdbcClient.create(database.app());
            assertThat(jdbc.sql("select count(distinct previous_hash) from access_log").query(Long.class).single()).isEqualTo(total);
            ChainVerification verification = new JdbcAccessLog(pool, "case-service", Clock.systemUTC(), AppendListener.NONE).verify();
            assertThat(verification.intact()).isTrue();
            assertThat(verification.recordsChecked()).isEqualTo(total);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
