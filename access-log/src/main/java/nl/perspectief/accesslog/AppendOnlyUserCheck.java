package nl.perspectief.accesslog;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Refuses to start a service whose database user could rewrite its access log, or that has no
 * access log at all. Runs once every bean is created, so after Flyway has migrated.
 */
final class AppendOnlyUserCheck implements SmartInitializingSingleton {

    private final JdbcClient jdbc;
    private final boolean requireAppendOnlyUser;

    AppendOnlyUserCheck(DataSource dataSource, boolean requireAppendOnlyUser) {
        this.jdbc = JdbcClient.create(dataSource);
        this.requireAppendOnlyUser = requireAppendOnlyUser;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean exists = jdbc.sql("select to_regclass('access_log') is not null").query(Boolean.class).single();
        if (!exists) {
            throw new IllegalStateException("There is no table access_log: add classpath:db/access-log to spring.flyway.locations");
        }
        if (!requireAppendOnlyUser) {
            return;
        }
        Privileges privileges = jdbc.sql("""
                        select current_user as database_user,
                               has_table_privilege('access_log', 'INSERT') as may_insert,
                               has_table_privilege('access_log', 'UPDATE') or has_table_privilege('access_log', 'DELETE')
                                   or has_table_privilege('access_log', 'TRUNCATE') as may_change""")
                .query(Privileges.class).single();
        if (privileges.mayChange() || !privileges.mayInsert()) {
            throw new IllegalStateException("The database user " + privileges.databaseUser() + " may "
                    + (privileges.mayChange() ? "UPDATE, DELETE or TRUNCATE" : "not INSERT into")
                    + " access_log: run the service as its application user, with spring.flyway.user as the owner and"
                    + " spring.flyway.placeholders.app_user naming the application user (see access-log/README.md);"
                    + " or, on a development machine only, set perspectief.access-log.require-append-only-user=false");
        }
    }

    record Privileges(String databaseUser, boolean mayInsert, boolean mayChange) {
    }
}
