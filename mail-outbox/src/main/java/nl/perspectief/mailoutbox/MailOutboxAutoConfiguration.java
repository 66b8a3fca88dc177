package nl.perspectief.mailoutbox;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import nl.perspectief.personaldata.SubjectCipher;

/**
 * The mail outbox of a service with a database: {@link MailOutbox} to queue mails from event handlers, a start-up
 * check that the table exists, and (unless {@code perspectief.mail.sending=false}) the poller that sends them through
 * the service's {@link JavaMailSender} ({@code spring.mail.*}). It needs personal-data's {@link SubjectCipher} and a
 * sender address in {@code perspectief.mail.from}.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        MailSenderAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(MailOutboxProperties.class)
public class MailOutboxAutoConfiguration {

    @Bean
    MailTemplates mailTemplates(ResourceLoader resourceLoader) {
        // the service's class loader: its templates live in the service, not here
        return new MailTemplates(resourceLoader.getClassLoader());
    }

    @Bean
    MessageIds mailMessageIds(MailOutboxProperties properties) {
        if (properties.messageIdDomain() != null) {
            return new MessageIds(properties.messageIdDomain());
        }
        String address = senderOf(properties).getAddress();
        return new MessageIds(address.substring(address.indexOf('@') + 1));
    }

    @Bean
    MailOutbox mailOutbox(DataSource dataSource, SubjectCipher cipher, MailTemplates templates, MessageIds messageIds) {
        return new MailOutbox(dataSource, cipher, templates, messageIds);
    }

    @Bean
    MailOutboxTableCheck mailOutboxTableCheck(DataSource dataSource) {
        return new MailOutboxTableCheck(dataSource);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "perspectief.mail.sending", matchIfMissing = true)
    static class Sending {

        @Bean
        OutboxMetrics mailOutboxMetrics(ObjectProvider<MeterRegistry> registry) {
            // looked up, not a condition: Boot's registry is configured after this auto-configuration
            return new OutboxMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
        }

        @Bean
        OutboxSender mailOutboxSender(DataSource dataSource, PlatformTransactionManager transactionManager,
                                      SubjectCipher cipher, MailTemplates templates, JavaMailSender mailSender,
                                      MailOutboxProperties properties, OutboxMetrics metrics) {
            return new OutboxSender(dataSource, transactionManager, cipher, templates, mailSender, senderOf(properties),
                    properties.maxAttempts(), properties.backOff(), metrics);
        }

        @Bean
        OutboxPoller mailOutboxPoller(OutboxSender sender, OutboxMetrics metrics, MailOutboxProperties properties) {
            return new OutboxPoller(sender, metrics, properties.pollInterval(), properties.batchSize());
        }
    }

    static InternetAddress senderOf(MailOutboxProperties properties) {
        if (properties.from() == null || properties.from().isBlank()) {
            throw new IllegalStateException("perspectief.mail.from is not set: give the address mails are sent from,"
                    + " e.g. 'Perspectief Herstelbemiddeling <aanmelding@example.org>'");
        }
        try {
            return new InternetAddress(properties.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("perspectief.mail.from is not an e-mail address: " + properties.from(), e);
        }
    }
}
