package nl.perspectief.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.perspectief.keycloak.KeycloakServer;

/**
 * The real servers the service runs against in tests, started once per JVM and stopped when it exits, as in the
 * other services: Keycloak with the realm files, a PostgreSQL with the database {@code training} owned by the owner
 * role and used by the application role, a KRaft Kafka broker, and an SMTP server (GreenMail) that keeps every mail
 * the service sends.
 */
final class TestInfrastructure {

    static final String DATABASE = "training";
    static final String OWNER = "training_service_owner";
    static final String APP_USER = "training_service_app";

    private static final Path TMP = createTmpDir();
    private static final KeycloakServer KEYCLOAK = launchKeycloak();
    private static final EmbeddedPostgres POSTGRES = startPostgres();
    private static final EmbeddedKafkaBroker KAFKA = startKafka();
    private static final GreenMail MAIL = startMail();
    static final String MASTER_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

    static {
        KEYCLOAK.awaitReady(KeycloakServer.DEFAULT_READY_TIMEOUT);
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stop, "test-infrastructure-stop"));
    }

    static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/" + DATABASE;
    }

    /** The database as its superuser sees it: for the scans that look for canaries. */
    static DataSource superuser() {
        return POSTGRES.getDatabase("postgres", DATABASE);
    }

    static KeycloakServer keycloak() {
        return KEYCLOAK;
    }

    static String kafkaBootstrapServers() {
        return KAFKA.getBrokersAsString();
    }

    static int smtpPort() {
        return MAIL.getSmtp().getPort();
    }

    /** Every mail delivered to this address so far. */
    static List<MimeMessage> mailsTo(String address) {
        return MAIL.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), message -> true).toList();
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        return mail;
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
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
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

    private static void stop() {
        KEYCLOAK.stop();
        KAFKA.destroy();
        MAIL.stop();
        try {
            POSTGRES.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestInfrastructure() {
    }
}
