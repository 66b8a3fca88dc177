package nl.perspectief.mailoutbox;

import static nl.perspectief.mailoutbox.MailOutboxFixtures.TEMPLATE;
import static nl.perspectief.mailoutbox.MailOutboxFixtures.appointmentFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Queuing: in the caller's transaction, once per cause, sealed, and never for an erased recipient. */
class MailOutboxTest {

    private final TestOutbox outbox = new TestOutbox(1);

    @Test
    void queuesAMailWithItsAddressAndVariablesSealedForItsRecipient() {
        UUID subject = UUID.randomUUID();
        OutgoingMail mail = appointmentFor(subject, "julia@example.org", "Julia de Vries", "PH-2026-00042");

        assertThat(outbox.outbox.enqueue(mail)).isEqualTo(EnqueueOutcome.QUEUED);

        var row = outbox.database.jdbc().sql("""
                        select recipient_subject, sealed_recipient, sealed_model, template, locale, state, attempts, message_id
                        from mail_outbox where mail_id = ?""")
                .param(mail.mailId()).query().singleRow();
        assertThat(row).containsEntry("recipient_subject", subject).containsEntry("template", TEMPLATE)
                .containsEntry("locale", "nl").containsEntry("state", "PENDING").containsEntry("attempts", 0)
                .containsEntry("message_id", "<" + mail.mailId() + "@perspectief.test>");
        assertThat(clear((byte[]) row.get("sealed_recipient"))).doesNotContain("julia");
        assertThat(clear((byte[]) row.get("sealed_model"))).doesNotContain("Julia", "PH-2026-00042");
        assertThat(outbox.cipher.open(subject, (byte[]) row.get("sealed_recipient")))
                .hasValueSatisfying(address -> assertThat(clear(address)).isEqualTo("julia@example.org"));
    }

    @Test
    void queuesAMailOnceHoweverOftenItsCauseIsHandled() {
        OutgoingMail mail = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");

        EnqueueOutcome first = outbox.outbox.enqueue(mail);
        EnqueueOutcome again = outbox.outbox.enqueue(mail);

        assertThat(first).isEqualTo(EnqueueOutcome.QUEUED);
        assertThat(again).isEqualTo(EnqueueOutcome.ALREADY_QUEUED);
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void queuesWithinTheCallersTransactionAndNothingWhenItRollsBack() {
        OutgoingMail mail = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");

        outbox.transactions.executeWithoutResult(status -> {
            outbox.outbox.enqueue(mail);
            status.setRollbackOnly();
        });

        assertThat(rows()).isZero();
    }

    @Test
    void queuesNothingForARecipientWhoseDataSubjectWasErased() {
        UUID subject = UUID.randomUUID();
        outbox.subjectKeys.shred(subject);

        EnqueueOutcome outcome = outbox.outbox.enqueue(appointmentFor(subject, "julia@example.org", "Julia de Vries", "PH-2026-00042"));

        assertThat(outcome).isEqualTo(EnqueueOutcome.RECIPIENT_ERASED);
        assertThat(rows()).isZero();
    }

    @Test
    void refusesATemplateTheServiceDoesNotHaveNamingTheFileItLookedFor() {
        OutgoingMail mail = new OutgoingMail(UUID.randomUUID(), UUID.randomUUID(), "julia@example.org", "no-such-template",
                Locale.forLanguageTag("nl"), Map.of());

        assertThatThrownBy(() -> outbox.outbox.enqueue(mail))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mail/no-such-template.nl.txt");
        assertThat(rows()).isZero();
    }

    @Test
    void refusesALanguageTheTemplateHasNoWordsFor() {
        OutgoingMail german = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042",
                Locale.GERMAN);

        assertThatThrownBy(() -> outbox.outbox.enqueue(german)).hasMessageContaining("mail/" + TEMPLATE + ".de.txt");
    }

    @Test
    void refusesAVariableWithoutAValueNamingIt() {
        Map<String, Object> model = new HashMap<>();
        model.put("name", null);

        assertThatThrownBy(() -> new OutgoingMail(UUID.randomUUID(), UUID.randomUUID(), "julia@example.org", TEMPLATE,
                Locale.forLanguageTag("nl"), model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variable name of mail");
    }

    @Test
    void derivesTheSameMailIdFromTheSameCauseAndTemplateOnly() {
        String eventId = UUID.randomUUID().toString();

        assertThat(OutgoingMail.idFor(eventId, TEMPLATE)).isEqualTo(OutgoingMail.idFor(eventId, TEMPLATE))
                .isNotEqualTo(OutgoingMail.idFor(eventId, "session-cancelled"))
                .isNotEqualTo(OutgoingMail.idFor(UUID.randomUUID().toString(), TEMPLATE));
    }

    @Test
    void keepsTheAddressAndVariablesOutOfItsTextualForm() {
        OutgoingMail mail = appointmentFor(UUID.randomUUID(), "julia@example.org", "Julia de Vries", "PH-2026-00042");

        assertThat(mail.toString()).doesNotContain("julia", "Julia", "PH-2026-00042");
    }

    private long rows() {
        return outbox.database.jdbc().sql("select count(*) from mail_outbox").query(Long.class).single();
    }

    private static String clear(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
