package nl.perspectief.mailoutbox;

import javax.sql.DataSource;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.personaldata.PersonalDataConfiguration;

/**
 * A service that does nothing but send its outbox, wired by the auto-configuration as a real service is, for
 * {@link KillDuringSendingIT} to start in a JVM of its own and kill. Settings come as arguments
 * ({@code --spring.datasource.url=...}); it ends once nothing is pending.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        MailSenderAutoConfiguration.class, MailOutboxAutoConfiguration.class})
@Import(PersonalDataConfiguration.class)
public class OutboxSendingProcess {

    public static void main(String[] args) throws InterruptedException {
        SpringApplication application = new SpringApplication(OutboxSendingProcess.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        try (ConfigurableApplicationContext service = application.run(args)) {
            JdbcClient jdbc = JdbcClient.create(service.getBean(DataSource.class));
            while (jdbc.sql("select count(*) from mail_outbox where state = 'PENDING'").query(Long.class).single() > 0) {
                Thread.sleep(50);
            }
        }
    }
}
