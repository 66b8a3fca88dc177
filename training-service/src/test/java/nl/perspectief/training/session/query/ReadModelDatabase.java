package nl.perspectief.training.session.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.perspectief.personaldata.JdbcSubjectKeys;
import nl.perspectief.personaldata.MasterKey;
import nl.perspectief.personaldata.PersonalDataModule;
import nl.perspectief.personaldata.SubjectKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real PostgreSQL with the service's read-model tables and personal-data's subject keys, as Flyway makes them, and
 * the session repository on it with personal-data's document mapper: the projection without Spring or Axon. One per
 * test JVM; every test plans sessions of its own.
 */
final class ReadModelDatabase {

    private static ReadModelDatabase started;

    final DataSource dataSource;
    final JdbcClient jdbc;
    final SubjectKeys subjectKeys;
    final SessionRepository repository;

    private ReadModelDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        this.subjectKeys = new JdbcSubjectKeys(dataSource,
                MasterKey.fromBase64(Base64.getEncoder().encodeToString(masterKey)));
        JsonMapper documents = JsonMapper.builder().addModule(new PersonalDataModule(subjectKeys)).build();
        this.repository = new SessionRepository(jdbc, documents);
    }

    static synchronized ReadModelDatabase get() {
        if (started == null) {
            started = new ReadModelDatabase(start());
        }
        return started;
    }

    private static DataSource start() {
        try {
            // the test JVM's tmpdir points into target/, which may not exist yet
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/personal-data", "classpath:db/migration")
                    .placeholders(Map.of("app_user", "postgres"))
                    .load()
                    .migrate();
            return dataSource;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
