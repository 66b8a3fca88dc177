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

    /** A login role of the server. */
    public record DatabaseUser(String name, String password) {
        public DatabaseUser {
            requireIdentifier(name);
        }
    }

    /**
     * A database, owned by {@code owner} (who migrates its schema), and the users that may connect to it as
     * the service's application user; what they may do there is granted by the service's own migrations.
     */
    public record Database(String name, DatabaseUser owner, List<DatabaseUser> users) {
        public Database {
            requireIdentifier(name);
            users = List.copyOf(users);
        }

        /** A database owned by the superuser, for a service that has no separate owner yet. */
        public static Database ownedBySuperuser(String name) {
            return new Database(name, null, List.of());
        }
    }

    /** Starts the server on {@code port} with its data in {@code dataDirectory}, creating the users and databases that are missing. */
    public static PostgresServer start(Path dataDirectory, int port, Path logFile, List<Database> databases) throws IOException {
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
            server.createMissing(databases);
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new IOException("PostgreSQL started but its users and databases could not be set up: " + e.getMessage(), e);
        }
        return server;
    }

    private void createMissing(List<Database> databases) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            for (Database database : databases) {
                if (database.owner() != null) {
                    createMissingUser(connection, database.owner());
                }
                for (DatabaseUser user : database.users()) {
                    createMissingUser(connection, user);
                }
                String expectedOwner = database.owner() == null ? USER : database.owner().name();
                String owner = ownerOf(connection, database.name());
                if (owner == null) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database.name() + " owner " + expectedOwner);
                    }
                } else if (!owner.equals(expectedOwner)) {
                    // its tables belong to the old owner, so the new one could not migrate them
                    throw new IllegalStateException("database " + database.name() + " is owned by " + owner + ", not "
                            + expectedOwner + ": this data folder predates the services' own database users; remove it "
                            + "(rm -rf .local-data, or the folder in PERSPECTIEF_DATA_DIR) to start afresh");
                }
            }
        }
    }

    private static void createMissingUser(Connection connection, DatabaseUser user) throws SQLException {
        try (var exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, user.name());
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (var create = connection.createStatement()) {
            // DDL takes no bind parameters: the name is an identifier checked above, the password a quoted literal
            create.execute("create role " + user.name() + " login password " + create.enquoteLiteral(user.password()));
        }
    }

    private static String ownerOf(Connection connection, String database) throws SQLException {
        try (var owner = connection.prepareStatement(
                "select pg_get_userbyid(datdba) from pg_database where datname = ?")) {
            owner.setString(1, database);
            try (var rows = owner.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("unexpected database or user name: " + name);
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

    /** The server's main process (the postmaster): the parent of every connection's backend. */
    public ProcessHandle postmaster() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.prepareStatement("select pg_backend_pid()");
             var rows = statement.executeQuery()) {
            rows.next();
            long backend = rows.getLong(1);
            return ProcessHandle.of(backend).flatMap(ProcessHandle::parent)
                    .orElseThrow(() -> new SQLException("PostgreSQL's backend " + backend + " has no parent process here"));
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
