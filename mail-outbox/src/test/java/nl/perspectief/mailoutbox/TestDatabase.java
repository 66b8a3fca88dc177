package nl.perspectief.mailoutbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL server, one per test JVM, and a database of its own for every test, migrated as a service's
 * Flyway would with personal-data's and this module's scripts. It stops with the JVM.
 */
final class TestDatabase {

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /**
     * @param url        for another process (user {@code postgres}, trusted)
     * @param dataSource one instance, so a transaction manager on it and the code under test share transactions
     */
    record Database(String url, DataSource dataSource) {

        JdbcClient jdbc() {
            return JdbcClient.create(dataSource);
        }
    }

    static Database fresh() {
        EmbeddedPostgres postgres = server();
        String name = "mail_outbox_" + databases.incrementAndGet();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name).update();
        DataSource dataSource = postgres.getDatabase("postgres", name);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/personal-data", "classpath:db/mail-outbox").load().migrate();
        return new Database("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, dataSource);
    }

    /** A database without this module's table, as a service has it that forgot the Flyway location. */
    static DataSource withoutOutbox() {
        EmbeddedPostgres postgres = server();
        String name = "mail_outbox_" + databases.incrementAndGet();
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name).update();
        DataSource dataSource = postgres.getDatabase("postgres", name);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/personal-data").load().migrate();
        return dataSource;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
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
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }
}
