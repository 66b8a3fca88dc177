package nl.perspectief.training.session.web;

/**
 * The optional {@code If-Match} of a step: the session's version the trainer last saw, in quotes, as the {@code ETag}
 * of the last answer gave it. With it, a step on a session that moved on since is refused (409), so a trainer never
 * acts on a list they have not seen; without it the step is taken on the newest.
 */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null) {
            return null;
        }
        // a weak tag says "about this version"; a step needs the exact one
        String value = header.strip();
        if (value.length() < 3 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            throw new MalformedIfMatchException();
        }
        try {
            long version = Long.parseLong(value.substring(1, value.length() - 1));
            if (version < 0) {
                throw new MalformedIfMatchException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new MalformedIfMatchException();
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static class MalformedIfMatchException extends RuntimeException {
        MalformedIfMatchException() {
            super("If-Match must be one version in quotes");
        }
    }
}
