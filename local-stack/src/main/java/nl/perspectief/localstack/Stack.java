package nl.perspectief.localstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole platform on one machine: PostgreSQL, a Kafka broker and every service, started in dependency
 * order and stopped in reverse (services first, so they finish their work while Kafka and PostgreSQL are
 * still there). Used by the launcher and by the end-to-end tests.
 */
public final class Stack implements AutoCloseable {

    static final List<String> DATABASES = List.of("intake", "cases");
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);

    private final StackSettings settings;
    private final String masterKey;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ServiceProcess intake;
    private ServiceProcess cases;

    private boolean closed;

    /** A stack not started yet: register {@link #close()} (e.g. as a shutdown hook) before {@link #start()}. */
    public Stack(StackSettings settings, String masterKey) {
        this.settings = settings;
        this.masterKey = masterKey;
    }

    /** Starts the stack and returns it. */
    public static Stack start(StackSettings settings, String masterKey) throws IOException {
        var stack = new Stack(settings, masterKey);
        stack.start();
        return stack;
    }

    /** Starts everything; on failure stops what had started and rethrows. */
    public void start() throws IOException {
        try {
            startAll();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startAll() throws IOException {
        var data = settings.dataDirectory().toAbsolutePath();
        kafka = new KafkaBroker(data.resolve("kafka"), data.resolve("kafka-config"), settings.logs().resolve("kafka.log"),
                settings.kafkaPort(), settings.kafkaControllerPort());
        // the broker JVM boots while PostgreSQL starts in this one
        synchronized (this) {
            ensureNotClosed();
            kafka.launch();
        }
        var postgres = PostgresServer.start(data.resolve("postgres"), settings.postgresPort(), settings.logs().resolve("postgres.log"), DATABASES);
        synchronized (this) {
            this.postgres = postgres;
            ensureNotClosed();
        }
        kafka.awaitReady();

        intake = new ServiceProcess("intake-service", settings.intakeJar(), settings.intakePort(),
                serviceEnvironment("INTAKE_DB_URL", postgres.jdbcUrl("intake")), settings.logs().resolve("intake-service.log"));
        cases = new ServiceProcess("case-service", settings.caseJar(), settings.casePort(),
                serviceEnvironment("CASE_DB_URL", postgres.jdbcUrl("cases")), settings.logs().resolve("case-service.log"));
        synchronized (this) {
            ensureNotClosed();
            intake.launch();
            cases.launch();
        }
        awaitAll(List.of(intake, cases));
    }

    private void ensureNotClosed() {
        if (closed) {
            throw new IllegalStateException("the stack was stopped while starting");
        }
    }

    /** Waits for every service, failing as soon as one of them fails. */
    private static void awaitAll(List<ServiceProcess> services) {
        var firstFailure = new CompletableFuture<Void>();
        var waits = new ArrayList<CompletableFuture<Void>>();
        for (var service : services) {
            var wait = CompletableFuture.runAsync(() -> service.awaitHealthy(SERVICE_START_TIMEOUT), Thread::startVirtualThread);
            wait.whenComplete((ok, failure) -> {
                if (failure != null) {
                    firstFailure.completeExceptionally(failure);
                }
            });
            waits.add(wait);
        }
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)), firstFailure).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private Map<String, String> serviceEnvironment(String databaseUrlVariable, String databaseUrl) {
        return Map.of(
                databaseUrlVariable, databaseUrl,
                "DB_USER", PostgresServer.USER,
                "DB_PASSWORD", PostgresServer.PASSWORD,
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "PERSPECTIEF_MASTER_KEY", masterKey);
    }

    public StackSettings settings() {
        return settings;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public ServiceProcess intake() {
        return intake;
    }

    public ServiceProcess cases() {
        return cases;
    }

    /** Stops the services (both at once), then Kafka, then PostgreSQL. Safe to call more than once. */
    @Override
    public synchronized void close() {
        closed = true;
        var services = new ArrayList<ServiceProcess>();
        if (intake != null) services.add(intake);
        if (cases != null) services.add(cases);
        CompletableFuture.allOf(services.stream()
                .map(s -> CompletableFuture.runAsync(s::stop, Thread::startVirtualThread))
                .toArray(CompletableFuture[]::new)).join();
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
