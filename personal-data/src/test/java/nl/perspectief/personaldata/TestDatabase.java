package nl.perspectief.personaldata;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real PostgreSQL server with this module's schema, as a service's Flyway would create it. One
 * server serves all test classes (every test uses its own random subjects); it stops with the JVM.
 */
final class TestDatabase {

    private static DataSource dataSource;

    private TestDatabase() {
    }

    static synchronized DataSource dataSource() {
        if (dataSource == null) {
            dataSource = start();
        }
        return dataSource;
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
            // one instance, so a transaction manager on it and the code under test share transactions
            DataSource started = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(started).locations("classpath:db/personal-data").load().migrate();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
