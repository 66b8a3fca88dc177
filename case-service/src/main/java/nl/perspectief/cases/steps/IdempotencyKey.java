package nl.perspectief.cases.steps;

import java.util.regex.Pattern;

/**
 * The desk client's optional {@code Idempotency-Key} on opening a case, as intake takes it for
 * registrations: 1 to 255 printable ASCII characters. The same key of the same member of staff with the
 * same request opens one case; a double submit gets the first answer back.
 *
 * @param value the key, or {@code null} when the client sent none
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern FORMAT = Pattern.compile("[\\x20-\\x7E]{1,255}");

    /** @throws IdempotencyKeyMalformedException when the header is there but is not a key */
    public static IdempotencyKey parse(String header) {
        if (header == null) {
            return new IdempotencyKey(null);
        }
        if (!FORMAT.matcher(header).matches()) {
            throw new IdempotencyKeyMalformedException();
        }
        return new IdempotencyKey(header);
    }

    public static class IdempotencyKeyMalformedException extends RuntimeException {
        IdempotencyKeyMalformedException() {
            super("Idempotency-Key must be 1 to 255 printable ASCII characters");
        }
    }
}
