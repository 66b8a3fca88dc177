package nl.perspectief.intake.registration.confirmation;

import static nl.perspectief.intake.registration.RegistrationFixtures.WEBSITE_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import nl.perspectief.intake.EmbeddedMailServer;
import nl.perspectief.intake.RunningIntakeService;
import nl.perspectief.mailoutbox.OutgoingMail;

/**
 * The confirmation on the running service: posted with an address, one mail arrives at that address over real SMTP
 * (GreenMail), with the reference in the body and nobody's name in the subject; posted without one, none is owed.
 */
class RegistrationConfirmationIT extends RunningIntakeService {

    @Test
    void mailsTheApplicantOneConfirmationWithTheReferenceUnderASubjectThatNamesNobody() throws Exception {
        String address = "julia." + UUID.randomUUID() + "@example.org";

        Answer answer = post(WEBSITE_JSON.replace("julia@example.org", address));

        String reference = answer.body().get("reference").asString();
        MimeMessage mail = theOneMailTo(address, answer.body().get("registrationId").asString());
        assertThat(mail.getSubject()).isEqualTo("Uw aanmelding bij Perspectief Herstelbemiddeling")
                .doesNotContain("Julia", "Vries", reference);
        assertThat(textOf(mail)).startsWith("Beste Julia de Vries,").contains("Het referentienummer is " + reference + ".",
                "eerstvolgende werkdag", "030 - 234 00 45");
        assertThat(textOf(mail)).as("nothing of the incident or the other party").doesNotContain("Peter Bakker", "tutored");
    }

    @Test
    void mailsTheReferrerWhoRegisteredForAClientAndNotTheClient() throws Exception {
        String client = "client." + UUID.randomUUID() + "@example.org";
        String referrer = "ria." + UUID.randomUUID() + "@example.org";
        String json = WEBSITE_JSON.replace("julia@example.org", client).replace("\"referrer\": null", """
                "referrer": {"organisation": "Slachtofferhulp Nederland", "fullName": "Ria Jansen", "email": "%s",
                  "phone": null, "clientConsentConfirmed": true}""".formatted(referrer));

        Answer answer = post(json);

        assertThat(answer.status()).isEqualTo(201);
        MimeMessage mail = theOneMailTo(referrer, answer.body().get("registrationId").asString());
        assertThat(textOf(mail)).startsWith("Beste Ria Jansen,").contains("namens uw cliënt")
                .contains(answer.body().get("reference").asString()).doesNotContain("Julia");
        assertThat(EmbeddedMailServer.mailsTo(client)).isEmpty();
    }

    @Test
    void owesNothingWhenNoAddressWasGiven() throws InterruptedException {
        String byPhone = WEBSITE_JSON.replace("\"julia@example.org\"", "null").replace("\"EMAIL\"", "\"PHONE\"");
        String address = "next." + UUID.randomUUID() + "@example.org";

        String withoutAddress = post(byPhone).body().get("registrationId").asString();
        String withAddress = post(WEBSITE_JSON.replace("julia@example.org", address)).body().get("registrationId").asString();

        // one processor handles the registrations in order: once the second's mail is there, the first was handled
        theOneMailTo(address, withAddress);
        assertThat(jdbc.sql("select count(*) from mail_outbox where mail_id = ?").param(mailIdOf(withoutAddress))
                .query(Long.class).single()).isZero();
    }

    /** Waits for the registration's mail, sent and marked, and checks that it came once. */
    private MimeMessage theOneMailTo(String address, String registrationId) throws InterruptedException {
        UUID mailId = mailIdOf(registrationId);
        Awaitility.await("confirmation of " + registrationId).atMost(Duration.ofSeconds(30))
                .until(() -> "SENT".equals(jdbc.sql("select state from mail_outbox where mail_id = ?").param(mailId)
                        .query(String.class).optional().orElse(null)));
        // a second copy would come from one of the next rounds of the outbox (every 100 ms in these tests)
        Thread.sleep(500);
        List<MimeMessage> mails = EmbeddedMailServer.mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private UUID mailIdOf(String registrationId) {
        String eventId = jdbc.sql("select event_identifier from domain_event_entry where aggregate_identifier = ?")
                .param(registrationId).query(String.class).single();
        return OutgoingMail.idFor(eventId, ConfirmationMail.TEMPLATE);
    }

    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
