package nl.perspectief.mailoutbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.perspectief.personaldata.PersonalDataIntegrityException;
import nl.perspectief.personaldata.SubjectCipher;

/**
 * Sends queued mails, one per transaction: claim the oldest due row ({@code for update skip locked}, so another
 * sender, in this instance or another, passes it by), open it, render it, hand it to the SMTP server, and mark it in
 * the same transaction. A crash before the server's answer leaves the row unmarked and it is sent again, which is
 * right, since nothing arrived; a crash between the server's answer and the commit sends it twice. That window is one
 * mail wide and lasts one update and commit; SMTP has no way to close it (see the README). The mails of a round go over
 * one SMTP connection ({@link SmtpConnection}), each still in a transaction of its own. A failure is tried again after a
 * doubling pause, then given up as FAILED_PERMANENTLY.
 * <p>
 * Nothing personal is logged: ids, the template, the attempt, and of a failure only its exception types and SMTP
 * reply code, since a mail exception's message quotes the address.
 */
final class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final String CLAIM_DUE_MAIL = """
            select mail_id, recipient_subject, sealed_recipient, template, sealed_model, locale, attempts, message_id
            from mail_outbox
            where state = 'PENDING' and next_attempt_at <= now()
            order by next_attempt_at
            limit 1
            for update skip locked""";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SubjectCipher cipher;
    private final MailTemplates templates;
    private final JavaMailSender mailSender;
    private final InternetAddress from;
    private final int maxAttempts;
    private final MailOutboxProperties.BackOff backOff;
    private final OutboxMetrics metrics;

    OutboxSender(DataSource dataSource, PlatformTransactionManager transactionManager, SubjectCipher cipher,
                 MailTemplates templates, JavaMailSender mailSender, InternetAddress from, int maxAttempts,
                 MailOutboxProperties.BackOff backOff, OutboxMetrics metrics) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.cipher = cipher;
        this.templates = templates;
        this.mailSender = mailSender;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.backOff = backOff;
        this.metrics = metrics;
    }

    /** Deals with the oldest due mail that no other sender holds, over a connection of its own; false when there is none. */
    boolean sendNext() {
        try (SmtpConnection smtp = connection()) {
            return sendNext(smtp);
        }
    }

    /**
     * Deals with the oldest due mail that no other sender holds, in a transaction of its own, over the round's
     * connection; false when there is none.
     */
    boolean sendNext(SmtpConnection smtp) {
        return Boolean.TRUE.equals(transactions.execute(status -> claimAndSend(smtp)));
    }

    /** Sends until no mail is due, at most {@code max}, over one connection; returns how many were dealt with. */
    int sendDue(int max) {
        int handled = 0;
        try (SmtpConnection smtp = connection()) {
            while (handled < max && sendNext(smtp)) {
                handled++;
            }
        }
        return handled;
    }

    /** A connection for a round of mails, opened with its first one; the round closes it. */
    SmtpConnection connection() {
        return new SmtpConnection(mailSender);
    }

    long countPending() {
        return jdbc.sql("select count(*) from mail_outbox where state = 'PENDING'").query(Long.class).single();
    }

    private boolean claimAndSend(SmtpConnection smtp) {
        Optional<QueuedMail> claimed = jdbc.sql(CLAIM_DUE_MAIL).query((rs, row) -> new QueuedMail(
                rs.getObject("mail_id", UUID.class), rs.getObject("recipient_subject", UUID.class),
                rs.getBytes("sealed_recipient"), rs.getString("template"), rs.getBytes("sealed_model"),
                Locale.forLanguageTag(rs.getString("locale")), rs.getInt("attempts"), rs.getString("message_id")))
                .optional();
        if (claimed.isEmpty()) {
            return false;
        }
        QueuedMail mail = claimed.get();
        Optional<byte[]> recipient;
        Optional<byte[]> model;
        try {
            recipient = cipher.open(mail.recipientSubject(), mail.sealedRecipient());
            model = cipher.open(mail.recipientSubject(), mail.sealedModel());
        } catch (PersonalDataIntegrityException tampered) {
            failed(mail, tampered);
            return true;
        }
        if (recipient.isEmpty() || model.isEmpty()) {
            erased(mail);
            return true;
        }
        try {
            smtp.send(compose(mail, new String(recipient.get(), StandardCharsets.UTF_8), MailOutbox.modelOf(model.get())));
        } catch (MessagingException | RuntimeException notSent) {
            failed(mail, notSent);
            return true;
        }
        sent(mail);
        return true;
    }

    private MimeMessage compose(QueuedMail mail, String recipient, Map<String, Object> model) throws MessagingException {
        RenderedMail rendered = templates.render(mail.template(), mail.locale(), model);
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, rendered.html() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient);
        helper.setSubject(rendered.subject());
        if (rendered.html() != null) {
            helper.setText(rendered.text(), rendered.html());
        } else {
            helper.setText(rendered.text());
        }
        message.setContentLanguage(new String[] {mail.locale().getLanguage()});
        // RFC 3834: an automatic message, which out-of-office replies and auto-responders leave alone
        message.setHeader("Auto-Submitted", "auto-generated");
        // kept when the message is sent (SmtpConnection), which otherwise gives every attempt a new one
        message.setHeader("Message-ID", mail.messageId());
        return message;
    }

    private void sent(QueuedMail mail) {
        // the address and the variables have done their work: only the fact that the mail went stays
        jdbc.sql("""
                        update mail_outbox
                        set state = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = null,
                            sealed_recipient = null, sealed_model = null
                        where mail_id = ?""")
                .param(mail.mailId())
                .update();
        metrics.ended(MailState.SENT);
        log.info("Mail {} ({}) sent, attempt {}", mail.mailId(), mail.template(), mail.attempts() + 1);
    }

    private void failed(QueuedMail mail, Exception failure) {
        int attempts = mail.attempts() + 1;
        String why = describe(failure);
        if (attempts >= maxAttempts) {
            jdbc.sql("update mail_outbox set state = 'FAILED_PERMANENTLY', attempts = ?, last_error = ? where mail_id = ?")
                    .params(attempts, why, mail.mailId())
                    .update();
            metrics.ended(MailState.FAILED_PERMANENTLY);
            log.error("Mail {} ({}) given up after {} attempts: {}", mail.mailId(), mail.template(), attempts, why);
            return;
        }
        Duration pause = backOff.after(attempts);
        jdbc.sql("""
                        update mail_outbox
                        set attempts = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?)
                        where mail_id = ?""")
                .params(attempts, why, pause.toMillis() / 1000.0, mail.mailId())
                .update();
        metrics.retrying();
        log.warn("Mail {} ({}) not sent, attempt {} of {}: {}; next attempt in {}", mail.mailId(), mail.template(),
                attempts, maxAttempts, why, pause);
    }

    private void erased(QueuedMail mail) {
        jdbc.sql("""
                        update mail_outbox set state = 'ERASED', sealed_recipient = null, sealed_model = null
                        where mail_id = ?""")
                .param(mail.mailId())
                .update();
        metrics.ended(MailState.ERASED);
        log.info("Mail {} ({}) dropped unsent: its recipient's data subject {} is erased", mail.mailId(), mail.template(),
                mail.recipientSubject());
    }

    /** The failure's exception types, causes included, with SMTP reply codes: never a message, which may quote the address. */
    static String describe(Throwable failure) {
        StringJoiner chain = new StringJoiner(" <- ");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        describe(failure, chain, seen);
        return chain.toString();
    }

    private static void describe(Throwable failure, StringJoiner chain, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            Integer reply = switch (t) {
                case SMTPAddressFailedException e -> e.getReturnCode();
                case SMTPSendFailedException e -> e.getReturnCode();
                case SMTPSenderFailedException e -> e.getReturnCode();
                default -> null;
            };
            chain.add(t.getClass().getSimpleName() + (reply != null ? " " + reply : ""));
            if (t instanceof MailSendException send) {
                // JavaMailSenderImpl keeps a message's own failure here, not as the cause
                for (Exception perMessage : send.getMessageExceptions()) {
                    describe(perMessage, chain, seen);
                }
            }
        }
    }

    private record QueuedMail(UUID mailId, UUID recipientSubject, byte[] sealedRecipient, String template,
                              byte[] sealedModel, Locale locale, int attempts, String messageId) {

        @Override
        public String toString() {
            return "QueuedMail[mailId=" + mailId + ", template=" + template + "]";
        }
    }
}
