package nl.perspectief.messaging.attachments;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real PostgreSQL server holding the service's database as its Flyway makes it (personal-data's subject keys and
 * the service's own migrations, migrated by the owner, the application user granted by the afterMigrate callback),
 * with its data directory where a test can read the files a disk or a backup would hold. One per test JVM.
 */
final class AttachmentDatabase {

    static final String OWNER = "messaging_service_owner";
    static final String APP_USER = "messaging_service_app";
    private static final String NAME = "messaging";

    private static AttachmentDatabase started;

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private AttachmentDatabase(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    static synchronized AttachmentDatabase get() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    /** What the service connects as. */
    DataSource app() {
        return server.getDatabase(APP_USER, NAME);
    }

    /** The database administrator, or whoever has a dump: sees every row of every table. */
    DataSource superuser() {
        return server.getDatabase("postgres", NAME);
    }

    /** The server's files: tables, TOAST, write-ahead log, as they lie on disk and in a file-level backup. */
    Path dataDirectory() {
        return dataDirectory;
    }

    private static AttachmentDatabase start() {
        try {
            // the test JVM's tmpdir points into target/, which may not exist yet
            Path tmp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            Path dataDirectory = Files.createTempDirectory(tmp, "attachment-database");
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            JdbcClient superuser = JdbcClient.create(server.getPostgresDatabase());
            superuser.sql("create role " + OWNER + " login").update();
            superuser.sql("create role " + APP_USER + " login").update();
            superuser.sql("create database " + NAME + " owner " + OWNER).update();
            Flyway.configure()
                    .dataSource(server.getDatabase(OWNER, NAME))
                    .locations("classpath:db/personal-data", "classpath:db/migration")
                    .placeholders(Map.of("app_user", APP_USER))
                    .load()
                    .migrate();
            return new AttachmentDatabase(server, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
