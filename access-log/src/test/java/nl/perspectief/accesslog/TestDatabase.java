package nl.perspectief.accesslog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL server, one per test JVM, with the two roles a service runs with: the owner
 * Flyway migrates as, and the application user the service reads and appends as. Every test that
 * needs a chain of its own gets a fresh database, migrated as a service's Flyway would.
 */
public final class TestDatabase {

    public static final String OWNER = "access_log_owner";
    public static final String APP_USER = "access_log_app";

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** A database of its own, migrated as the owner, the app user granted by the callback. */
    public static AccessLogDatabase fresh() {
        EmbeddedPostgres server = server();
        String name = "access_log_" + databases.incrementAndGet();
        JdbcClient.create(server.getPostgresDatabase()).sql("create database " + name + " owner " + OWNER).update();
        AccessLogDatabase database = databaseOf(server, name);
        Flyway.configure()
                .dataSource(database.owner())
                .locations("classpath:db/access-log")
                .placeholders(Map.of("app_user", APP_USER))
                .load()
                .migrate();
        return database;
    }

    /** A database of its own without any schema, for Spring Boot's Flyway to migrate. */
    public static AccessLogDatabase empty() {
        EmbeddedPostgres server = server();
        String name = "access_log_" + databases.incrementAndGet();
        JdbcClient.create(server.getPostgresDatabase()).sql("create database " + name + " owner " + OWNER).update();
        return databaseOf(server, name);
    }

    private static AccessLogDatabase databaseOf(EmbeddedPostgres server, String name) {
        return new AccessLogDatabase(name, "jdbc:postgresql://localhost:" + server.getPort() + "/" + name,
                server.getDatabase(OWNER, name), server.getDatabase(APP_USER, name), server.getDatabase("postgres", name));
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                // the test JVM's tmpdir points into target/, which may not exist yet
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
                JdbcClient superuser = JdbcClient.create(started.getPostgresDatabase());
                superuser.sql("create role " + OWNER + " login").update();
                superuser.sql("create role " + APP_USER + " login").update();
                postgres = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /**
     * One database as its three kinds of users see it.
     *
     * @param superuser an attacker with the database administrator's rights
     */
    public record AccessLogDatabase(String name, String url, DataSource owner, DataSource app, DataSource superuser) {
    }
}
