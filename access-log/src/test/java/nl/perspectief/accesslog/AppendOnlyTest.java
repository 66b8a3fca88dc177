package nl.perspectief.accesslog;

import static nl.perspectief.accesslog.AccessLogFixtures.accessLogOn;
import static nl.perspectief.accesslog.AccessLogFixtures.appendMany;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import javax.sql.DataSource;

import nl.perspectief.accesslog.TestDatabase.AccessLogDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class AppendOnlyTest {

    private final AccessLogDatabase database = TestDatabase.fresh();

    @BeforeEach
    void givenRecords() {
        appendMany(accessLogOn(database.app()), 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update access_log set actor_subject = 'someone-else' where position = 2",
            "delete from access_log where position = 2",
            "truncate access_log"})
    void refusesTheApplicationUserAnyChange(String change) {
        assertRefused(database.app(), change, "permission denied");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update access_log set actor_subject = 'someone-else' where position = 2",
            "delete from access_log where position = 2",
            "truncate access_log"})
    void refusesTheOwnerAnyChangeByTrigger(String change) {
        assertRefused(database.owner(), change, "access_log is append-only");
    }

    @Test
    void letsTheApplicationUserOnlyReadAndAppend() {
        JdbcClient asApp = JdbcClient.create(database.app());

        Map<String, Object> privileges = asApp.sql("""
                select has_table_privilege('access_log', 'SELECT') as s, has_table_privilege('access_log', 'INSERT') as i,
                       has_table_privilege('access_log', 'UPDATE') as u, has_table_privilege('access_log', 'DELETE') as d,
                       has_table_privilege('access_log', 'TRUNCATE') as t, has_table_privilege('access_log', 'REFERENCES') as r,
                       has_table_privilege('access_log', 'TRIGGER') as g""").query().singleRow();

        assertThat(privileges).containsExactlyInAnyOrderEntriesOf(Map.of(
                "s", true, "i", true, "u", false, "d", false, "t", false, "r", false, "g", false));
    }

    @Test
    void takesBackPrivilegesGrantedSinceAtTheNextMigration() {
        JdbcClient.create(database.owner()).sql("grant all on access_log to " + TestDatabase.APP_USER).update();

        Flyway.configure().dataSource(database.owner()).locations("classpath:db/access-log")
                .placeholders(Map.of("app_user", TestDatabase.APP_USER)).load().migrate();

        assertRefused(database.app(), "delete from access_log", "permission denied");
    }

    private static void assertRefused(DataSource as, String change, String reason) {
        assertThatThrownBy(() -> JdbcClient.create(as).sql(change).update())
                .isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining(reason);
        assertThat(JdbcClient.create(as).sql("select count(*) from access_log").query(Long.class).single()).isEqualTo(3);
    }
}
