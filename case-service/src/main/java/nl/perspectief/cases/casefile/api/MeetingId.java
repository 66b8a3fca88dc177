package nl.perspectief.cases.casefile.api;

import java.util.Objects;
import java.util.UUID;

/**
 * One meeting or conference of a case. A type of its own, so that a command's ids cannot be passed in each other's
 * place. Its text is the UUID's, which is how Axon names the aggregate a command is for.
 */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    /** The id of this UUID, or {@code null} for none. */
    public static MeetingId of(UUID value) {
        return value == null ? null : new MeetingId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
