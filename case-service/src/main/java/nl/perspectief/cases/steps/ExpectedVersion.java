package nl.perspectief.cases.steps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the case the client last saw, from {@code If-Match: "<version>"}: the sequence number
 * of the case's last event, as the {@code ETag} of every command answer gives it. A step on a case that
 * has moved on since is refused, so two mediators never overwrite each other silently.
 */
public record ExpectedVersion(long value) {

    public static final String IF_MATCH = "If-Match";
    private static final Pattern STRONG_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

    /**
     * @throws IfMatchMissingException   when there is no If-Match
     * @throws IfMatchMalformedException when it names anything but one version (weak tags and {@code *} included:
     *                                   both would let a step through unchecked)
     */
    static ExpectedVersion parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new IfMatchMissingException();
        }
        Matcher tag = STRONG_TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new IfMatchMalformedException();
        }
        return new ExpectedVersion(Long.parseLong(tag.group(1)));
    }

    public static String etagOf(long version) {
        return "\"" + version + "\"";
    }

    static class IfMatchMissingException extends RuntimeException {
        IfMatchMissingException() {
            super("If-Match is required");
        }
    }

    static class IfMatchMalformedException extends RuntimeException {
        IfMatchMalformedException() {
            super("If-Match must be one version in quotes");
        }
    }
}
