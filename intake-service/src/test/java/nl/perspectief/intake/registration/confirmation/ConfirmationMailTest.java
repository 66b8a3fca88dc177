package nl.perspectief.intake.registration.confirmation;

import static nl.perspectief.intake.registration.RegistrationFixtures.REGISTRATION_ID;
import static nl.perspectief.intake.registration.RegistrationFixtures.SUBMITTED_AT;
import static nl.perspectief.intake.registration.RegistrationFixtures.applicant;
import static nl.perspectief.intake.registration.RegistrationFixtures.applicantReachableOnlyBy;
import static nl.perspectief.intake.registration.RegistrationFixtures.incident;
import static nl.perspectief.intake.registration.RegistrationFixtures.knownOtherParty;
import static nl.perspectief.intake.registration.RegistrationFixtures.referrer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.events.intake.v1.RegistrationSource;
import nl.perspectief.intake.registration.api.Applicant;
import nl.perspectief.intake.registration.api.Referrer;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import nl.perspectief.mailoutbox.MailTemplates;
import nl.perspectief.mailoutbox.OutgoingMail;
import nl.perspectief.mailoutbox.RenderedMail;

class ConfirmationMailTest {

    private static final String EVENT_ID = "6a1f0c9e-3b7d-4e2a-9c5f-8d4b2e1a7f3c";
    private final MailTemplates templates = new MailTemplates(ConfirmationMailTest.class.getClassLoader());

    @Test
    void confirmsToTheApplicantWhoRegisteredWithTheirAddressInDutch() {
        OutgoingMail mail = ConfirmationMail.of(submitted(applicant(), null), EVENT_ID).orElseThrow();

        assertThat(mail.recipient()).isEqualTo("julia@example.org");
        assertThat(mail.recipientSubject()).isEqualTo(applicant().subjectId());
        assertThat(mail.locale()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(mail.model()).isEqualTo(Map.of("name", "Julia de Vries", "reference", "PH-2026-00042", "onBehalfOfClient", false));
    }

    @Test
    void confirmsToTheReferrerWhoRegisteredForAClientAndNotToTheClient() {
        OutgoingMail mail = ConfirmationMail.of(submitted(applicant(), referrer(true)), EVENT_ID).orElseThrow();

        assertThat(mail.recipient()).isEqualTo("ria@example.org");
        assertThat(mail.recipientSubject()).isEqualTo(referrer(true).subjectId());
        assertThat(mail.model()).containsEntry("name", "Ria Jansen").containsEntry("onBehalfOfClient", true);
    }

    @Test
    void owesNoMailWhenThePersonWhoRegisteredGaveNoAddress() {
        Applicant byPhone = applicantReachableOnlyBy(null, "+31 6 12345678", null, ContactChannel.PHONE);
        Referrer withoutEmail = new Referrer(UUID.randomUUID(), "Reclassering Nederland", "Ria Jansen", null, "+31 30 1234567", true);

        assertThat(ConfirmationMail.of(submitted(byPhone, null), EVENT_ID)).isEmpty();
        assertThat(ConfirmationMail.of(submitted(applicant(), withoutEmail), EVENT_ID)).as("not the client instead").isEmpty();
    }

    @Test
    void takesItsIdFromTheEventSoARedeliveryQueuesNothingNew() {
        RegistrationSubmittedEvent event = submitted(applicant(), null);

        assertThat(ConfirmationMail.of(event, EVENT_ID).orElseThrow().mailId())
                .isEqualTo(ConfirmationMail.of(event, EVENT_ID).orElseThrow().mailId())
                .isEqualTo(OutgoingMail.idFor(EVENT_ID, "registration-confirmation"));
    }

    @Test
    void tellsTheApplicantTheReferenceWhatHappensNextAndHowToReachUsUnderASubjectThatNamesNobody() {
        RenderedMail dutch = render(submitted(applicant(), null), "nl");
        RenderedMail english = render(submitted(applicant(), null), "en");

        assertThat(dutch.subject()).isEqualTo("Uw aanmelding bij Perspectief Herstelbemiddeling");
        assertThat(dutch.text()).startsWith("Beste Julia de Vries,")
                .contains("Wij hebben uw aanmelding bij Perspectief Herstelbemiddeling ontvangen.",
                        "Het referentienummer is PH-2026-00042.", "eerstvolgende werkdag", "neemt een bemiddelaar contact met u op",
                        "030 - 234 00 45", "https://www.perspectiefherstelbemiddeling.nl")
                .doesNotContain("cliënt", "[", "${");
        assertThat(english.subject()).isEqualTo("Your registration with Perspectief Herstelbemiddeling");
        assertThat(english.text()).startsWith("Dear Julia de Vries,")
                .contains("The reference number is PH-2026-00042.", "next working day", "+31 30 234 00 45")
                .doesNotContain("your client", "[", "${");
        assertThat(dutch.html()).as("plain text only").isNull();
    }

    @Test
    void tellsAReferrerTheRegistrationForTheirClientArrived() {
        RenderedMail dutch = render(submitted(applicant(), referrer(true)), "nl");
        RenderedMail english = render(submitted(applicant(), referrer(true)), "en");

        assertThat(dutch.text()).startsWith("Beste Ria Jansen,")
                .contains("die u namens uw cliënt", "contact met u of uw cliënt op", "PH-2026-00042")
                .doesNotContain("Julia", "Dank u wel");
        assertThat(english.text()).startsWith("Dear Ria Jansen,").contains("on behalf of your client", "you or your client")
                .doesNotContain("Julia");
    }

    private RenderedMail render(RegistrationSubmittedEvent event, String language) {
        OutgoingMail mail = ConfirmationMail.of(event, EVENT_ID).orElseThrow();
        return templates.render(mail.template(), Locale.forLanguageTag(language), mail.model());
    }

    private static RegistrationSubmittedEvent submitted(Applicant applicant, Referrer referrer) {
        return new RegistrationSubmittedEvent(REGISTRATION_ID, "PH-2026-00042", SUBMITTED_AT, RegistrationSource.WEBSITE,
                applicant, incident(), knownOtherParty(), referrer);
    }
}
