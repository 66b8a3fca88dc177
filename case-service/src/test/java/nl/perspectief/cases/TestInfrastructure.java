package nl.perspectief.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.perspectief.events.Topics;

/**
 * The real servers the service runs against in tests, started once per JVM and stopped when it
 * exits: a PostgreSQL with the database {@code cases} and a KRaft Kafka broker.
 */
final class TestInfrastructure {

    static final String DATABASE = "cases";
    static final String REGISTRATIONS = Topics.INTAKE_REGISTRATIONS_V1;
    static final String REGISTRATIONS_DLT = Topics.deadLetterTopicOf(REGISTRATIONS);

    // both servers write below java.io.tmpdir, which the build points into target/
    private static final Path TMP = createTmpDir();
    private static final EmbeddedPostgres POSTGRES = startPostgres();
    private static final EmbeddedKafkaBroker KAFKA = startKafka();
    static final String MASTER_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stop, "test-infrastructure-stop"));
    }

    static String jdbcUrl() {
        return POSTGRES.getJdbcUrl("postgres", DATABASE);
    }

    static String kafkaBootstrapServers() {
        return KAFKA.getBrokersAsString();
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + DATABASE);
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
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1, REGISTRATIONS, REGISTRATIONS_DLT);
        kafka.afterPropertiesSet();
        return kafka;
    }

    private static void stop() {
        KAFKA.destroy();
        try {
            POSTGRES.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestInfrastructure() {
    }
}
