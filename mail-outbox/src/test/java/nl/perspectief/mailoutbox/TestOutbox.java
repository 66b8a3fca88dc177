package nl.perspectief.mailoutbox;

import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import nl.perspectief.personaldata.JdbcSubjectKeys;
import nl.perspectief.personaldata.MasterKey;
import nl.perspectief.personaldata.SubjectCipher;
import nl.perspectief.personaldata.SubjectKeys;

/**
 * The outbox as the auto-configuration wires it, by hand, on a database of its own: queue with {@link #outbox},
 * send with {@link #sender} (or a poller's {@link #poller} round), read the counters in {@link #meters}.
 */
final class TestOutbox {

    final TestDatabase.Database database = TestDatabase.fresh();
    final SubjectKeys subjectKeys = new JdbcSubjectKeys(database.dataSource(), MasterKey.fromBase64(MailOutboxFixtures.MASTER_KEY));
    final SubjectCipher cipher = new SubjectCipher(subjectKeys);
    final MailTemplates templates = new MailTemplates(TestOutbox.class.getClassLoader());
    final MailOutbox outbox = new MailOutbox(database.dataSource(), cipher, templates, new MessageIds("perspectief.test"));
    final DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(database.dataSource());
    final TransactionTemplate transactions = new TransactionTemplate(transactionManager);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final OutboxMetrics metrics = new OutboxMetrics(meters);
    final int maxAttempts;
    final MailOutboxProperties.BackOff backOff;
    final OutboxSender sender;
    final OutboxPoller poller;

    /** Ten attempts, the first retry after 100 ms. */
    TestOutbox(int smtpPort) {
        this(smtpPort, 10, Duration.ofMillis(100));
    }

    TestOutbox(int smtpPort, int maxAttempts, Duration initialBackOff) {
        this.maxAttempts = maxAttempts;
        this.backOff = new MailOutboxProperties.BackOff(initialBackOff, Duration.ofSeconds(1));
        this.sender = senderTo(smtpPort);
        this.poller = new OutboxPoller(sender, metrics, Duration.ofMillis(50), 50);
    }

    /** Another sender on the same table, as a second instance of the service would have. */
    OutboxSender senderTo(int smtpPort) {
        return senderVia(mailServer(smtpPort));
    }

    /** A sender on the same table through the mail sender given, e.g. one whose session reports what it does. */
    OutboxSender senderVia(JavaMailSenderImpl mailSender) {
        return new OutboxSender(database.dataSource(), transactionManager, cipher, templates, mailSender, from(),
                maxAttempts, backOff, metrics);
    }

    String stateOf(UUID mailId) {
        return database.jdbc().sql("select state from mail_outbox where mail_id = ?").param(mailId).query(String.class).single();
    }

    double counted(String state) {
        var counter = meters.find(OutboxMetrics.OUTCOMES).tag("state", state).counter();
        return counter == null ? 0 : counter.count();
    }

    static JavaMailSenderImpl mailServer(int smtpPort) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtpPort);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        mail.setJavaMailProperties(properties);
        return mail;
    }

    private static InternetAddress from() {
        try {
            return new InternetAddress(MailOutboxFixtures.FROM, true);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
