package nl.perspectief.cases.casefile.api;

import java.util.Objects;
import java.util.UUID;

/**
 * A case: the id of its `Case` aggregate and of every event in its stream. A type of its own, so that a command's ids
 * cannot be passed in each other's place. Its text is the UUID's, which is how Axon names the aggregate a command is
 * for.
 */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    /** The id of this UUID, or {@code null} for none. */
    public static CaseId of(UUID value) {
        return value == null ? null : new CaseId(value);
    }

    /** The UUID of this id, or {@code null} for none. */
    public static UUID valueOf(CaseId id) {
        return id == null ? null : id.value();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
