package nl.perspectief.mailoutbox;

import java.util.UUID;

/**
 * The RFC 5322 Message-ID of each mail, fixed when it is queued: every attempt sends the same one, so a mail client
 * (and a test) can tell a second copy from a second mail.
 *
 * @param domain the right-hand side, by default the domain of the sender's address
 */
record MessageIds(String domain) {

    MessageIds {
        if (domain == null || !domain.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("perspectief.mail.message-id-domain must be a domain name, was: " + domain);
        }
    }

    String of(UUID mailId) {
        return "<" + mailId + "@" + domain + ">";
    }
}
