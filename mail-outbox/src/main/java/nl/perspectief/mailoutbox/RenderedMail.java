package nl.perspectief.mailoutbox;

/**
 * A mail's words, ready to send.
 *
 * @param html null when the template has no HTML part
 */
public record RenderedMail(String subject, String text, String html) {

    @Override
    public String toString() {
        return "RenderedMail[redacted]";
    }
}
