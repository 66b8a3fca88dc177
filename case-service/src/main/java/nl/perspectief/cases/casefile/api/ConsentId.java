package nl.perspectief.cases.casefile.api;

import java.util.Objects;
import java.util.UUID;

/**
 * One consent given on a case, by which it is withdrawn. A type of its own, so that a command's ids cannot be passed in
 * each other's place. Its text is the UUID's, which is how Axon names the aggregate a command is for.
 */
public record ConsentId(UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "consent id");
    }

    /** The id of this UUID, or {@code null} for none. */
    public static ConsentId of(UUID value) {
        return value == null ? null : new ConsentId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
