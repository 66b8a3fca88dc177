package nl.perspectief.mailoutbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.perspectief.personaldata.SubjectCipher;
import nl.perspectief.personaldata.SubjectErasedException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues mails in the service's own database. Call it from the handler of the event that owes the mail: the insert
 * goes through Spring's JDBC support on the service's data source, so it joins the handler's transaction and commits
 * with it (for a tracking processor: with its token), never in the transaction of the command that stored the event.
 * A handler that runs twice for one event queues one mail, as long as it gives the same {@link OutgoingMail#mailId()}.
 */
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    /** A mapper of its own: what is stored must not change with the service's web settings. */
    static final JsonMapper MODEL_JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final SubjectCipher cipher;
    private final MailTemplates templates;
    private final MessageIds messageIds;

    MailOutbox(DataSource dataSource, SubjectCipher cipher, MailTemplates templates, MessageIds messageIds) {
        this.jdbc = JdbcClient.create(dataSource);
        this.cipher = cipher;
        this.templates = templates;
        this.messageIds = messageIds;
    }

    /**
     * Queues the mail unless a mail with its id was queued before.
     *
     * @throws IllegalArgumentException when the service has no such template in that language: a mistake to find
     *                                  in the service's own tests, not at three in the morning in the poller
     */
    public EnqueueOutcome enqueue(OutgoingMail mail) {
        templates.requireTemplate(mail.template(), mail.locale());
        byte[] sealedRecipient;
        byte[] sealedModel;
        try {
            sealedRecipient = cipher.seal(mail.recipientSubject(), mail.recipient().getBytes(StandardCharsets.UTF_8));
            sealedModel = cipher.seal(mail.recipientSubject(), MODEL_JSON.writeValueAsBytes(mail.model()));
        } catch (SubjectErasedException erased) {
            log.info("Mail {} ({}) not queued: its recipient's data subject {} is erased", mail.mailId(), mail.template(),
                    mail.recipientSubject());
            return EnqueueOutcome.RECIPIENT_ERASED;
        }
        int inserted = jdbc.sql("""
                        insert into mail_outbox (mail_id, recipient_subject, sealed_recipient, template, sealed_model, locale, message_id)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (mail_id) do nothing""")
                .params(mail.mailId(), mail.recipientSubject(), sealedRecipient, mail.template(), sealedModel,
                        mail.locale().toLanguageTag(), messageIds.of(mail.mailId()))
                .update();
        if (inserted == 0) {
            log.debug("Mail {} ({}) was queued before", mail.mailId(), mail.template());
            return EnqueueOutcome.ALREADY_QUEUED;
        }
        log.info("Mail {} ({}) queued", mail.mailId(), mail.template());
        return EnqueueOutcome.QUEUED;
    }

    /** The variables as they come back from the table: what a template sees. */
    static Map<String, Object> modelOf(byte[] json) {
        return MODEL_JSON.readValue(json, new TypeReference<Map<String, Object>>() {
        });
    }
}
