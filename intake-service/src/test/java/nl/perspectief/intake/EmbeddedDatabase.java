package nl.perspectief.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped when the JVM ends, with
 * the service's own database {@code intake} as in production.
 */
final class EmbeddedDatabase {

    private static final String DATABASE = "intake";

    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();
    }

    static String url() {
        return Holder.SERVER.getJdbcUrl("postgres", DATABASE);
    }

    static String user() {
        return "postgres";
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + DATABASE);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the data folder lives under target/
                }
            }));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + DATABASE, e);
        }
    }

    private EmbeddedDatabase() {
    }
}
