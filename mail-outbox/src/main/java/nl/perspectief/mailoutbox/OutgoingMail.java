package nl.perspectief.mailoutbox;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail a service owes someone, as it is queued: who gets it, which template, in which language, with which
 * variables. There is no subject here on purpose: it comes from the template's message bundle, without variables,
 * so no personal data can reach a subject line.
 *
 * @param mailId           derived from what caused the mail ({@link #idFor}), so queuing it twice queues it once
 * @param recipientSubject the data subject whose key seals the address and the variables; shredding it erases the mail
 * @param recipient        the e-mail address
 * @param template         the template's name: {@code mail/<template>.<language>.txt} (and optionally {@code .html})
 *                         on the service's classpath, its subject under that name in {@code mail/subjects_<language>.properties}
 * @param locale           the language the mail is written in
 * @param model            the template's variables, none null; stored as JSON, so strings, numbers, booleans, lists and
 *                         maps of them
 */
public record OutgoingMail(UUID mailId, UUID recipientSubject, String recipient, String template, Locale locale,
                           Map<String, Object> model) {

    public OutgoingMail {
        Objects.requireNonNull(mailId, "mailId");
        Objects.requireNonNull(recipientSubject, "recipientSubject");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(locale, "locale");
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("mail " + mailId + " has no recipient");
        }
        if (!template.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a template's name is lower case letters, digits and dashes: " + template);
        }
        Objects.requireNonNull(model, "model");
        model.forEach((name, value) -> {
            if (value == null) {
                // a variable read from an erased subject's event comes back null: say which, not just "null"
                throw new IllegalArgumentException("variable " + name + " of mail " + mailId + " (" + template + ") is null");
            }
        });
        model = Map.copyOf(model);
    }

    /**
     * The id of the mail {@code template} that {@code cause} (for example a domain event's id) owes: the same on
     * every redelivery or replay of that cause, different for each template it causes.
     */
    public static UUID idFor(String cause, String template) {
        return UUID.nameUUIDFromBytes((cause + "\n" + template).getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps the address and the variables out of logs and exception messages. */
    @Override
    public String toString() {
        return "OutgoingMail[mailId=" + mailId + ", recipientSubject=" + recipientSubject + ", template=" + template
                + ", locale=" + locale + "]";
    }
}
