package nl.perspectief.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;

import javax.sql.DataSource;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.perspectief.events.Topics;
import nl.perspectief.keycloak.KeycloakServer;

/**
 * The real servers the service runs against in tests, started once per JVM and stopped when it
 * exits: Keycloak with the realm files (the OpenID Connect provider), a PostgreSQL with the database
 * {@code cases} owned by the owner role and used by the application role, as in production, and a
 * KRaft Kafka broker. Keycloak, the slowest, starts first and is waited for last.
 */
final class TestInfrastructure {

    static final String DATABASE = "cases";
    static final String OWNER = "case_service_owner";
    static final String APP_USER = "case_service_app";
    static final String REGISTRATIONS = Topics.INTAKE_REGISTRATIONS_V1;
    static final String REGISTRATIONS_DLT = Topics.deadLetterTopicOf(REGISTRATIONS);
    static final String CORRESPONDENCE = Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1;
    static final String CORRESPONDENCE_DLT = Topics.deadLetterTopicOf(CORRESPONDENCE);

    // both servers write below java.io.tmpdir, which the build points into target/
    private static final Path TMP = createTmpDir();
    private static final long KEYCLOAK_LAUNCHED_AT = System.nanoTime();
    private static final KeycloakServer KEYCLOAK = launchKeycloak();
    private static final EmbeddedPostgres POSTGRES = startPostgres();
    private static final EmbeddedKafkaBroker KAFKA = startKafka();
    static final Duration KEYCLOAK_START = awaitKeycloak();
    static final String MASTER_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    /** The Ed25519 pair exports are signed with, one per test JVM, as the environment would give it. */
    static final KeyPair EXPORT_KEYS = exportKeys();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stop, "test-infrastructure-stop"));
    }

    /** Without a user in it: the service connects as the application user, Flyway as the owner. */
    static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/" + DATABASE;
    }

    /** The database as its superuser sees it: for tests that play an attacker who can disable triggers. */
    static DataSource superuser() {
        return POSTGRES.getDatabase("postgres", DATABASE);
    }

    static KeycloakServer keycloak() {
        return KEYCLOAK;
    }

    static String kafkaBootstrapServers() {
        return KAFKA.getBrokersAsString();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
                statement.execute("create role " + APP_USER + " login password '" + APP_USER + "'");
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            }
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
    }

    private static Path createTmpDir() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedKafkaBroker startKafka() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1, REGISTRATIONS, REGISTRATIONS_DLT,
                CORRESPONDENCE, CORRESPONDENCE_DLT);
        kafka.afterPropertiesSet();
        return kafka;
    }

    private static KeycloakServer launchKeycloak() {
        try {
            KeycloakServer keycloak = KeycloakServer.onFreePorts(TMP.resolve("keycloak"));
            keycloak.launch();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Duration awaitKeycloak() {
        KEYCLOAK.awaitReady(KeycloakServer.DEFAULT_READY_TIMEOUT);
        Duration took = Duration.ofNanos(System.nanoTime() - KEYCLOAK_LAUNCHED_AT);
        System.out.println("Keycloak " + KEYCLOAK.version() + " ready at " + KEYCLOAK.baseUri() + " " + took.toMillis()
                + " ms after launch (PostgreSQL and Kafka started meanwhile)");
        return took;
    }

    private static void stop() {
        KEYCLOAK.stop();
        KAFKA.destroy();
        try {
            POSTGRES.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestInfrastructure() {
    }

    private static KeyPair exportKeys() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK 15+ has Ed25519", e);
        }
    }

    /** The public key as the service and an auditor name it: base64 of its X.509 encoding. */
    public static String exportVerifyingKey() {
        return Base64.getEncoder().encodeToString(EXPORT_KEYS.getPublic().getEncoded());
    }
}
