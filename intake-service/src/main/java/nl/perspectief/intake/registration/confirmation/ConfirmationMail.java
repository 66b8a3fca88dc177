package nl.perspectief.intake.registration.confirmation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;
import nl.perspectief.mailoutbox.OutgoingMail;

/**
 * The confirmation a registration owes the person who filled in the form, if they gave an e-mail address: the
 * applicant, or the referrer who registered on a client's behalf. A referrer's client is not mailed: the referrer
 * registered, and mail from a mediation organisation in the client's own mailbox, which someone else may read, is the
 * client's to agree to with their mediator. It carries the reference and the recipient's name, nothing about the
 * incident or the other party; the subject is the template's own and names nobody.
 */
final class ConfirmationMail {

    static final String TEMPLATE = "registration-confirmation";
    /** The website's form has no language field yet, so every confirmation is in Dutch. */
    static final Locale LANGUAGE = Locale.forLanguageTag("nl");

    private ConfirmationMail() {
    }

    /** Empty when the person who registered gave no e-mail address. */
    static Optional<OutgoingMail> of(RegistrationSubmittedEvent event, String eventId) {
        UUID mailId = OutgoingMail.idFor(eventId, TEMPLATE);
        var referrer = event.referrer();
        if (referrer != null) {
            return hasText(referrer.email())
                    ? Optional.of(mail(mailId, referrer.subjectId(), referrer.email(), referrer.fullName(), event.reference(), true))
                    : Optional.empty();
        }
        var applicant = event.applicant();
        return applicant.hasEmail()
                ? Optional.of(mail(mailId, applicant.subjectId(), applicant.email(), applicant.fullName(), event.reference(), false))
                : Optional.empty();
    }

    private static OutgoingMail mail(UUID mailId, UUID subject, String address, String name, String reference,
                                     boolean onBehalfOfClient) {
        return new OutgoingMail(mailId, subject, address, TEMPLATE, LANGUAGE,
                Map.of("name", name, "reference", reference, "onBehalfOfClient", onBehalfOfClient));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
