package nl.perspectief.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A real PostgreSQL server from the embedded binaries, with its data kept in a directory of our choice.
 * <p>
 * Zonky runs {@code initdb} only when the data directory has no {@code postgresql.conf}, so a kept
 * directory is reused as it is. As root it runs every PostgreSQL command in a user namespace, where
 * the files it wrote earlier are seen as its own: a restart needs no change of ownership.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts the server on {@code port} with its data in {@code dataDirectory}, creating the databases that are missing. */
    public static PostgresServer start(Path dataDirectory, int port, Path logFile, List<String> databases) throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(logFile.getParent());
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // the stack stops PostgreSQL itself, after the services that use it
                .setRegisterShutdownHook(false)
                .setPort(port)
                // the embedded defaults trade durability for speed (-F turns fsync off, synchronous_commit off):
                // an event store that forgets acknowledged commits after a crash is worse than a slow one
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(Redirect.appendTo(logFile.toFile()))
                .start();
        var server = new PostgresServer(postgres);
        try {
            server.createMissingDatabases(databases);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new IOException("PostgreSQL started but the databases could not be created", e);
        }
        return server;
    }

    private void createMissingDatabases(List<String> databases) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (String database : databases) {
                if (!database.matches("[a-z_]+")) {
                    throw new IllegalArgumentException("unexpected database name: " + database);
                }
                try (var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, database);
                    try (var rows = exists.executeQuery()) {
                        if (!rows.next()) {
                            try (var create = connection.createStatement()) {
                                create.execute("create database " + database);
                            }
                        }
                    }
                }
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** A server setting as PostgreSQL reports it, e.g. {@code fsync}. */
    public String setting(String name) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("select current_setting(?)")) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    public javax.sql.DataSource dataSource(String database) {
        return postgres.getDatabase(USER, database);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
