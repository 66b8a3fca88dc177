package nl.perspectief.mailoutbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Test data for the outbox: the test template's mails and the settings the tests run with. */
final class MailOutboxFixtures {

    static final String MASTER_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    static final String FROM = "Perspectief Herstelbemiddeling <aanmelding@perspectief.test>";
    /** {@code src/test/resources/mail/appointment-confirmation.*}: Dutch text and HTML, English text only. */
    static final String TEMPLATE = "appointment-confirmation";
    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final Locale ENGLISH = Locale.forLanguageTag("en");

    private MailOutboxFixtures() {
    }

    static OutgoingMail appointmentFor(UUID subject, String address, String name, String reference) {
        return appointmentFor(subject, address, name, reference, DUTCH);
    }

    static OutgoingMail appointmentFor(UUID subject, String address, String name, String reference, Locale locale) {
        return new OutgoingMail(OutgoingMail.idFor("event-" + UUID.randomUUID(), TEMPLATE), subject, address, TEMPLATE,
                locale, Map.of("name", name, "reference", reference, "sessions", 2));
    }
}
