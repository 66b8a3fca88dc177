package nl.perspectief.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM, started on first use and stopped when the JVM ends, with
 * the service's own database {@code intake} as in production: owned by the owner role, which Flyway
 * migrates as, and used by the application role, which the service runs as.
 */
final class EmbeddedDatabase {

    private static final String DATABASE = "intake";
    static final String OWNER = "intake_service_owner";
    static final String APP_USER = "intake_service_app";

    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();
    }

    /** Without a user in it: the service connects as the application user, Flyway as the owner. */
    static String url() {
        return "jdbc:postgresql://localhost:" + Holder.SERVER.getPort() + "/" + DATABASE;
    }

    private static EmbeddedPostgres start() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                // the embedded server trusts local connections, so the passwords are never checked here
                statement.execute("create role " + OWNER + " login password '" + OWNER + "'");
                statement.execute("create role " + APP_USER + " login password '" + APP_USER + "'");
                statement.execute("create database " + DATABASE + " owner " + OWNER);
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
