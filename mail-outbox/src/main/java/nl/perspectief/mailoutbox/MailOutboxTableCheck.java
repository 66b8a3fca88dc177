package nl.perspectief.mailoutbox;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Refuses to start a service whose database has no outbox. Runs once every bean is created, so after Flyway has migrated. */
final class MailOutboxTableCheck implements SmartInitializingSingleton {

    private final JdbcClient jdbc;

    MailOutboxTableCheck(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!jdbc.sql("select to_regclass('mail_outbox') is not null").query(Boolean.class).single()) {
            throw new IllegalStateException("There is no table mail_outbox: add classpath:db/mail-outbox to spring.flyway.locations");
        }
    }
}
