package nl.perspectief.localstack;

import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTest {

    @Test
    void keepsCommittedRowsAcrossARestartWithTheSameDataDirectory() throws Exception {
        var data = TestDirectories.fresh("postgres-restart");
        var port = FreePorts.next();

        try (var first = PostgresServer.start(data.resolve("postgres"), port, data.resolve("logs/postgres.log"), Stack.DATABASES)) {
            try (var connection = first.dataSource("intake").getConnection(); var statement = connection.createStatement()) {
                statement.execute("create table kept (id int primary key)");
                statement.execute("insert into kept values (42)");
            }
        }

        try (var second = PostgresServer.start(data.resolve("postgres"), port, data.resolve("logs/postgres.log"), Stack.DATABASES);
             var connection = second.dataSource("intake").getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select id from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
            assertThat(second.dataSource("cases").getConnection().isValid(1)).isTrue();
        }
    }

    @Test
    void runsWithDurableSettingsInsteadOfTheEmbeddedDefaults() throws Exception {
        var data = TestDirectories.fresh("postgres-durable");

        try (var server = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), data.resolve("logs/postgres.log"), List.of(PostgresServer.Database.ownedBySuperuser("intake")))) {
            assertThat(server.setting("fsync")).isEqualTo("on");
            assertThat(server.setting("synchronous_commit")).isEqualTo("on");
            assertThat(server.setting("full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void givesEachServiceItsOwnOwnerAndApplicationUser() throws Exception {
        var data = TestDirectories.fresh("postgres-users");

        try (var server = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), data.resolve("logs/postgres.log"), Stack.DATABASES);
             var asApplication = DriverManager.getConnection(server.jdbcUrl("cases"), Stack.CASE_SERVICE_APP.name(), Stack.CASE_SERVICE_APP.password());
             var rows = asApplication.createStatement().executeQuery(
                     "select pg_get_userbyid(datdba), current_user, (select rolsuper from pg_roles where rolname = current_user)"
                             + " from pg_database where datname = current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(Stack.CASE_SERVICE_OWNER.name());
            assertThat(rows.getString(2)).isEqualTo(Stack.CASE_SERVICE_APP.name());
            assertThat(rows.getBoolean(3)).as("the application user is no superuser").isFalse();
        }
        try (var server = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), data.resolve("logs/postgres.log"), Stack.DATABASES);
             var asIntake = DriverManager.getConnection(server.jdbcUrl("intake"), Stack.INTAKE_SERVICE_APP.name(), Stack.INTAKE_SERVICE_APP.password());
             var rows = asIntake.createStatement().executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(Stack.INTAKE_SERVICE_OWNER.name());
        }
        try (var server = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), data.resolve("logs/postgres.log"), Stack.DATABASES);
             var asMessaging = DriverManager.getConnection(server.jdbcUrl("messaging"), Stack.MESSAGING_SERVICE_APP.name(), Stack.MESSAGING_SERVICE_APP.password());
             var rows = asMessaging.createStatement().executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = current_database()")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(Stack.MESSAGING_SERVICE_OWNER.name());
        }
    }

    @Test
    void refusesADataFolderWhoseCaseDatabaseHasAnotherOwner() throws Exception {
        var data = TestDirectories.fresh("postgres-old-owner");
        var port = FreePorts.next();
        try (var old = PostgresServer.start(data.resolve("postgres"), port, data.resolve("logs/postgres.log"),
                List.of(PostgresServer.Database.ownedBySuperuser("cases")))) {
            assertThat(old.dataSource("cases").getConnection().isValid(1)).isTrue();
        }

        assertThatThrownBy(() -> PostgresServer.start(data.resolve("postgres"), port, data.resolve("logs/postgres.log"), Stack.DATABASES))
                .hasMessageContaining("database cases is owned by postgres, not case_service_owner")
                .hasMessageContaining("rm -rf .local-data");
    }
}
