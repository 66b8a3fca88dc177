package nl.perspectief.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTest {

    @Test
    void keepsCommittedRowsAcrossARestartWithTheSameDataDirectory() throws Exception {
        var data = TestDirectories.fresh("postgres-restart");
        var port = FreePorts.next();

        try (var first = PostgresServer.start(data.resolve("postgres"), port, data.resolve("logs/postgres.log"), List.of("intake", "cases"))) {
            try (var connection = first.dataSource("intake").getConnection(); var statement = connection.createStatement()) {
                statement.execute("create table kept (id int primary key)");
                statement.execute("insert into kept values (42)");
            }
        }

        try (var second = PostgresServer.start(data.resolve("postgres"), port, data.resolve("logs/postgres.log"), List.of("intake", "cases"));
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

        try (var server = PostgresServer.start(data.resolve("postgres"), FreePorts.next(), data.resolve("logs/postgres.log"), List.of("intake"))) {
            assertThat(server.setting("fsync")).isEqualTo("on");
            assertThat(server.setting("synchronous_commit")).isEqualTo("on");
            assertThat(server.setting("full_page_writes")).isEqualTo("on");
        }
    }
}
