package nl.perspectief.mailoutbox;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import nl.perspectief.personaldata.PersonalDataConfiguration;

class MailOutboxAutoConfigurationTest {

    private final DataSource database = TestDatabase.fresh().dataSource();
    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailOutboxAutoConfiguration.class))
            .withUserConfiguration(PersonalDataConfiguration.class)
            .withPropertyValues("perspectief.personal-data.master-key=" + MailOutboxFixtures.MASTER_KEY,
                    "perspectief.mail.from=" + MailOutboxFixtures.FROM,
                    "perspectief.mail.poll-interval=1h",
                    "spring.mail.host=127.0.0.1", "spring.mail.port=1");

    @Test
    void givesAServiceWithADatabaseItsOutboxAndASenderThatRunsWithIt() {
        withDatabase(database).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(MailOutbox.class).hasSingleBean(OutboxSender.class);
            assertThat(context.getBean(OutboxPoller.class).isRunning()).isTrue();
            assertThat(context.getBean(MessageIds.class).domain()).as("from the sender's address").isEqualTo("perspectief.test");
        });
    }

    @Test
    void queuesWithoutSendingWhereSendingIsSwitchedOff() {
        withDatabase(database).withPropertyValues("perspectief.mail.sending=false")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MailOutbox.class)
                        .doesNotHaveBean(OutboxSender.class).doesNotHaveBean(OutboxPoller.class));
    }

    @Test
    void refusesToStartWithoutTheOutboxTable() {
        withDatabase(TestDatabase.withoutOutbox()).run(context -> assertThat(context).getFailure()
                .hasMessageContaining("add classpath:db/mail-outbox to spring.flyway.locations"));
    }

    @Test
    void refusesToStartWithoutASenderAddress() {
        withDatabase(database).withPropertyValues("perspectief.mail.from=").run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("perspectief.mail.from is not set"));
    }

    @Test
    void staysAwayFromAnApplicationWithoutADatabase() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailOutboxAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MailOutbox.class).doesNotHaveBean(OutboxPoller.class));
    }

    private ApplicationContextRunner withDatabase(DataSource dataSource) {
        return service.withBean(DataSource.class, () -> dataSource)
                .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
    }
}
