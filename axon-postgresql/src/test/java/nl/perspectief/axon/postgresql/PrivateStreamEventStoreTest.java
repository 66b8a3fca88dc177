package nl.perspectief.axon.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event store every service runs, on a real PostgreSQL with the module's own schema: its streams wake at the
 * service's own appends, still find what others appended, and keep nothing they have read.
 */
class PrivateStreamEventStoreTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    private final List<TrackingEventStream> opened = new ArrayList<>();
    private PrivateStreamEventStore store;

    @BeforeAll
    static void startPostgres() throws Exception {
        // the test JVM's tmpdir points into target/, which may not exist yet
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/axon").load().migrate();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStreams() {
        opened.forEach(TrackingEventStream::close);
        store.shutDown();
    }

    @Test
    void aStreamWaitingForEventsWakesAsSoonAsTheServiceAppendsOne() throws Exception {
        TrackingEventStream stream = open(store);
        var executor = Executors.newSingleThreadExecutor();
        try {
            // Axon's own private stream would wait the whole ten minutes: nothing signals it
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> waitFor(stream, 10), executor);
            String caseId = UUID.randomUUID().toString();

            append(store, caseId, 1);

            await().atMost(Duration.ofSeconds(30)).until(waiting::isDone);
            assertThat(waiting.get()).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(caseId + " #0");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void eventsAnotherInstanceAppendedAreFoundAtTheNextLook() throws Exception {
        TrackingEventStream stream = open(store);
        String caseId = appendedByAnotherInstance();

        assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo(caseId + " #0");
    }

    @Test
    void aStreamThatWaitsInVainSaysSoWhenItsTimeIsUp() throws Exception {
        TrackingEventStream stream = open(store);

        assertThat(stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(stream.peek()).isEmpty();
    }

    @Test
    void theEventsOneProcessorHasReadAreNotKeptForAnotherThatLagsBehind() throws Exception {
        TrackingEventStream reader = open(store);
        TrackingEventStream laggard = open(store);
        String caseId = UUID.randomUUID().toString();
        append(store, caseId, 2_000);

        List<WeakReference<TrackedEventMessage<?>>> read = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            TrackedEventMessage<?> event = reader.nextAvailable();
            assertThat(event.getPayload()).isEqualTo(caseId + " #" + i);
            read.add(new WeakReference<>(event));
        }

        // Axon's shared cache would hold all 2,000 for the laggard (and up to 10,000 in any case); here only the
        // reader's own stream still holds the one it read last (the JDK's iterator over a stream keeps it)
        List<WeakReference<TrackedEventMessage<?>>> readBefore = read.subList(0, read.size() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            System.gc();
            return readBefore.stream().noneMatch(event -> event.get() != null);
        });
        assertThat(laggard.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(laggard.nextAvailable().getPayload()).isEqualTo(caseId + " #0");
    }

    @Test
    void aStreamThatFoundNothingDoesNotLookAgainUntilTheServiceAppends() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        // a look interval longer than the test, so that only the service's own append can make it look
        PrivateStreamEventStore counted = newStore(counting(connections), Duration.ofHours(1));
        try {
            TrackingEventStream stream = open(counted);
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
            int afterTheLook = connections.get();
            assertThat(afterTheLook).as("it looked once").isPositive();

            // what a tracking processor does after a batch: peek at its end, then ask for the next
            assertThat(stream.peek()).isEmpty();
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(stream.hasNextAvailable(20, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(connections.get()).as("nothing was appended since: no query").isEqualTo(afterTheLook);

            String caseId = UUID.randomUUID().toString();
            append(counted, caseId, 1);
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(caseId + " #0");
        } finally {
            counted.shutDown();
        }
    }

    @Test
    void whatAnotherInstanceAppendedAfterAnEmptyLookIsFoundAtTheNextLook() throws Exception {
        PrivateStreamEventStore looking = newStore(new DataSourceConnectionProvider(dataSource), Duration.ofMillis(200));
        try {
            TrackingEventStream stream = open(looking);
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isFalse();
            String caseId = appendedByAnotherInstance();

            // no commit of its own store wakes it: the look interval does
            assertThat(stream.hasNextAvailable(30, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo(caseId + " #0");
        } finally {
            looking.shutDown();
        }
    }

    private TrackingEventStream open(PrivateStreamEventStore eventStore) {
        TrackingEventStream stream = eventStore.openStream(eventStore.createHeadToken());
        opened.add(stream);
        return stream;
    }

    private static boolean waitFor(TrackingEventStream stream, int minutes) {
        try {
            return stream.hasNextAvailable(minutes, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** One event of a new case, appended through a store of its own, as another instance of the service would; its case. */
    private static String appendedByAnotherInstance() {
        PrivateStreamEventStore otherInstance = newStore();
        String caseId = UUID.randomUUID().toString();
        try {
            append(otherInstance, caseId, 1);
        } finally {
            otherInstance.shutDown();
        }
        return caseId;
    }

    private static void append(PrivateStreamEventStore eventStore, String caseId, int events) {
        eventStore.publish(IntStream.range(0, events)
                .mapToObj(sequence -> new GenericDomainEventMessage<>("Case", caseId, sequence, caseId + " #" + sequence))
                .toList());
    }

    private static PrivateStreamEventStore newStore() {
        return newStore(new DataSourceConnectionProvider(dataSource), PrivateStreamEventStore.LOOK_AT_LEAST_EVERY);
    }

    /** Connections from the test's database, each counted: every query of the store takes one. */
    private static ConnectionProvider counting(AtomicInteger connections) {
        ConnectionProvider database = new DataSourceConnectionProvider(dataSource);
        return () -> {
            connections.incrementAndGet();
            return database.getConnection();
        };
    }

    private static PrivateStreamEventStore newStore(ConnectionProvider connections, Duration lookAtLeastEvery) {
        var serializer = Jackson3Serializer.builder().build();
        var engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(new AxonPostgresqlAutoConfiguration().eventSchema())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
        return new PrivateStreamEventStore(EmbeddedEventStore.builder().storageEngine(engine), lookAtLeastEvery);
    }
}
