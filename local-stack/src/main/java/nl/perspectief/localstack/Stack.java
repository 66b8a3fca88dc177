package nl.perspectief.localstack;

import nl.perspectief.keycloak.KeycloakServer;
import nl.perspectief.keycloak.Realms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole platform on one machine: PostgreSQL, a Kafka broker, Keycloak (the staff's OpenID Connect provider)
 * and every service, started in dependency order and stopped in reverse (services first, so they finish their
 * work while Keycloak, Kafka and PostgreSQL are still there). Used by the launcher and by the end-to-end tests.
 */
public final class Stack implements AutoCloseable {

    /** Each service migrates as the owner of its database and runs as a user that may not change its schema (nor case-service's access log). */
    static final PostgresServer.DatabaseUser INTAKE_SERVICE_OWNER = new PostgresServer.DatabaseUser("intake_service_owner", "intake_service_owner");
    static final PostgresServer.DatabaseUser INTAKE_SERVICE_APP = new PostgresServer.DatabaseUser("intake_service_app", "intake_service_app");
    static final PostgresServer.DatabaseUser CASE_SERVICE_OWNER = new PostgresServer.DatabaseUser("case_service_owner", "case_service_owner");
    static final PostgresServer.DatabaseUser CASE_SERVICE_APP = new PostgresServer.DatabaseUser("case_service_app", "case_service_app");
    static final PostgresServer.DatabaseUser MESSAGING_SERVICE_OWNER = new PostgresServer.DatabaseUser("messaging_service_owner", "messaging_service_owner");
    static final PostgresServer.DatabaseUser MESSAGING_SERVICE_APP = new PostgresServer.DatabaseUser("messaging_service_app", "messaging_service_app");
    static final PostgresServer.DatabaseUser TRAINING_SERVICE_OWNER = new PostgresServer.DatabaseUser("training_service_owner", "training_service_owner");
    static final PostgresServer.DatabaseUser TRAINING_SERVICE_APP = new PostgresServer.DatabaseUser("training_service_app", "training_service_app");
    static final List<PostgresServer.Database> DATABASES = List.of(
            new PostgresServer.Database("intake", INTAKE_SERVICE_OWNER, List.of(INTAKE_SERVICE_APP)),
            new PostgresServer.Database("cases", CASE_SERVICE_OWNER, List.of(CASE_SERVICE_APP)),
            new PostgresServer.Database("messaging", MESSAGING_SERVICE_OWNER, List.of(MESSAGING_SERVICE_APP)),
            new PostgresServer.Database("training", TRAINING_SERVICE_OWNER, List.of(TRAINING_SERVICE_APP)));
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    /** How long the guard gives each tier to stop when the launcher died, as long as a service's own grace. */
    private static final Duration GUARD_GRACE = Duration.ofSeconds(40);

    private final StackSettings settings;
    private final String masterKey;
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private GreenMailServer mail;
    private ProcessGuard guard = ProcessGuard.none();
    private ProcessHandle postmaster;
    private ServiceProcess intake;
    private ServiceProcess cases;
    private ServiceProcess messaging;
    private ServiceProcess training;

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
        synchronized (this) {
            ensureNotClosed();
            guard = ProcessGuard.start(GUARD_GRACE, settings.logs().resolve("process-guard.log"));
        }
        keycloak = new KeycloakServer(data.resolve("keycloak"), settings.keycloakPort(), settings.keycloakManagementPort(),
                settings.logs().resolve("keycloak.log"));
        // the slowest to start, and nothing else waits for it: services only need its issuer's address, which
        // they contact when the first token arrives, so it boots beside everything else
        var keycloakReady = CompletableFuture.runAsync(this::startKeycloak, Thread::startVirtualThread);
        kafka = new KafkaBroker(data.resolve("kafka"), data.resolve("kafka-config"), settings.logs().resolve("kafka.log"),
                settings.kafkaPort(), settings.kafkaControllerPort());
        mail = new GreenMailServer(GreenMailServer.standaloneJar(), settings.greenMailSmtpPort(), settings.greenMailApiPort(),
                settings.logs().resolve("greenmail.log"));
        kafka.guardedBy(guard);
        mail.guardedBy(guard);
        // the broker's and the mail catcher's JVMs boot while PostgreSQL starts in this one
        synchronized (this) {
            ensureNotClosed();
            kafka.launch();
            mail.launch();
        }
        var postgres = PostgresServer.start(data.resolve("postgres"), settings.postgresPort(), settings.logs().resolve("postgres.log"), DATABASES);
        synchronized (this) {
            this.postgres = postgres;
            ensureNotClosed();
            try {
                // SIGINT: PostgreSQL's fast shutdown, which rolls back open transactions and stops at once
                postmaster = postgres.postmaster();
                guard.watch(ProcessGuard.Tier.DATABASE, postmaster, "INT");
            } catch (SQLException e) {
                throw new IOException("PostgreSQL started but its main process could not be found: " + e.getMessage(), e);
            }
        }
        kafka.awaitReady();
        mail.awaitReady(SERVICE_START_TIMEOUT);

        var intakeEnvironment = new HashMap<>(serviceEnvironment());
        intakeEnvironment.put("INTAKE_DB_URL", postgres.jdbcUrl("intake"));
        intakeEnvironment.put("DB_OWNER_USER", INTAKE_SERVICE_OWNER.name());
        intakeEnvironment.put("DB_OWNER_PASSWORD", INTAKE_SERVICE_OWNER.password());
        intakeEnvironment.put("DB_USER", INTAKE_SERVICE_APP.name());
        intakeEnvironment.put("DB_PASSWORD", INTAKE_SERVICE_APP.password());
        intakeEnvironment.putAll(settings.intakeEnvironment());
        intake = new ServiceProcess("intake-service", settings.intakeJar(), settings.intakePort(),
                intakeEnvironment, settings.logs().resolve("intake-service.log"));
        var caseEnvironment = new HashMap<>(serviceEnvironment());
        caseEnvironment.put("CASE_DB_URL", postgres.jdbcUrl("cases"));
        caseEnvironment.put("DB_OWNER_USER", CASE_SERVICE_OWNER.name());
        caseEnvironment.put("DB_OWNER_PASSWORD", CASE_SERVICE_OWNER.password());
        caseEnvironment.put("DB_USER", CASE_SERVICE_APP.name());
        caseEnvironment.put("DB_PASSWORD", CASE_SERVICE_APP.password());
        // only case-service signs exports, so only it is told the private key
        ExportSigningKeyFiles exportKeys = ExportSigningKeyFiles.loadOrCreate(settings.dataDirectory());
        caseEnvironment.put("PERSPECTIEF_EXPORT_SIGNING_KEY", exportKeys.signingKey());
        caseEnvironment.put("PERSPECTIEF_EXPORT_VERIFYING_KEY", exportKeys.verifyingKey());
        // the case's page links to its correspondence, and the correspondence back to its case, as a browser here reaches them
        caseEnvironment.put("MESSAGING_URL", serviceUri(settings.messagingPort()));
        cases = new ServiceProcess("case-service", settings.caseJar(), settings.casePort(),
                caseEnvironment, settings.logs().resolve("case-service.log"));
        var messagingEnvironment = new HashMap<>(serviceEnvironment());
        messagingEnvironment.put("MESSAGING_DB_URL", postgres.jdbcUrl("messaging"));
        messagingEnvironment.put("DB_OWNER_USER", MESSAGING_SERVICE_OWNER.name());
        messagingEnvironment.put("DB_OWNER_PASSWORD", MESSAGING_SERVICE_OWNER.password());
        messagingEnvironment.put("DB_USER", MESSAGING_SERVICE_APP.name());
        messagingEnvironment.put("DB_PASSWORD", MESSAGING_SERVICE_APP.password());
        messagingEnvironment.put("CASE_SERVICE_URL", serviceUri(settings.casePort()));
        messaging = new ServiceProcess("messaging-service", settings.messagingJar(), settings.messagingPort(),
                messagingEnvironment, settings.logs().resolve("messaging-service.log"));
        var trainingEnvironment = new HashMap<>(serviceEnvironment());
        trainingEnvironment.put("TRAINING_DB_URL", postgres.jdbcUrl("training"));
        trainingEnvironment.put("DB_OWNER_USER", TRAINING_SERVICE_OWNER.name());
        trainingEnvironment.put("DB_OWNER_PASSWORD", TRAINING_SERVICE_OWNER.password());
        trainingEnvironment.put("DB_USER", TRAINING_SERVICE_APP.name());
        trainingEnvironment.put("DB_PASSWORD", TRAINING_SERVICE_APP.password());
        // the links in its e-mails (cancel, take an offered place, check a certificate), as a browser here reaches them
        trainingEnvironment.put("TRAINING_PUBLIC_URL", serviceUri(settings.trainingPort()));
        training = new ServiceProcess("training-service", settings.trainingJar(), settings.trainingPort(),
                trainingEnvironment, settings.logs().resolve("training-service.log"));
        for (var service : List.of(intake, cases, messaging, training)) {
            service.guardedBy(guard);
        }
        synchronized (this) {
            ensureNotClosed();
            intake.launch();
            cases.launch();
            messaging.launch();
            training.launch();
        }
        awaitAll(List.of(intake, cases, messaging, training));
        try {
            keycloakReady.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException cause) {
                throw cause.getCause();
            }
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void startKeycloak() {
        try {
            keycloak.prepare();
            synchronized (this) {
                ensureNotClosed();
                keycloak.launch();
                keycloak.process().ifPresent(launched -> guard.watch(ProcessGuard.Tier.INFRASTRUCTURE, launched, "TERM"));
            }
            keycloak.awaitReady(KeycloakServer.DEFAULT_READY_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** A service of this stack as a browser on this machine reaches it (as {@link ServiceProcess#baseUri()}). */
    private static String serviceUri(int port) {
        return "http://localhost:" + port;
    }

    /** What every service is told: where Kafka, the issuer and the mail server are, and the master key. */
    private Map<String, String> serviceEnvironment() {
        return Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "MAIL_HOST", mail.smtpHost(),
                "MAIL_PORT", Integer.toString(mail.smtpPort()),
                "PERSPECTIEF_MASTER_KEY", masterKey,
                // Spring fetches the issuer's metadata on the first token or sign-in, not at start-up
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", staffIssuer(),
                // one JSON object per line (Elastic Common Schema) in .local-data/logs, each naming its request's
                // correlationId; a service started by hand keeps Boot's plain text
                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    }

    /** The issuer whose tokens the services accept: Keycloak's {@code perspectief} realm. */
    public String staffIssuer() {
        return keycloak.issuerUri(Realms.PERSPECTIEF).toString();
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

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public GreenMailServer mail() {
        return mail;
    }

    public ServiceProcess intake() {
        return intake;
    }

    public ServiceProcess cases() {
        return cases;
    }

    public ServiceProcess messaging() {
        return messaging;
    }

    public ServiceProcess training() {
        return training;
    }

    /**
     * Stops the services (all at once), then Keycloak, GreenMail, Kafka and PostgreSQL, then releases the guard that
     * would have stopped them had this process died first. Safe to call more than once.
     */
    @Override
    public synchronized void close() {
        closed = true;
        var services = new ArrayList<ServiceProcess>();
        if (intake != null) services.add(intake);
        if (cases != null) services.add(cases);
        if (messaging != null) services.add(messaging);
        if (training != null) services.add(training);
        CompletableFuture.allOf(services.stream()
                .map(s -> CompletableFuture.runAsync(s::stop, Thread::startVirtualThread))
                .toArray(CompletableFuture[]::new)).join();
        if (keycloak != null) {
            var launched = keycloak.process();
            keycloak.stop();
            launched.ifPresent(guard::forget);
        }
        if (mail != null) {
            mail.stop();
        }
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
            if (postmaster != null) {
                guard.forget(postmaster);
            }
        }
        guard.close();
    }
}
