package nl.perspectief.cases.casefile.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person on a case (applicant, other party, network member, representative); also the subject id their personal data
 * is encrypted under. A type of its own, so that a command's ids cannot be passed in each other's place. Its text is
 * the UUID's, which is how Axon names the aggregate a command is for.
 */
public record PartyId(UUID value) {

    public PartyId {
        Objects.requireNonNull(value, "party id");
    }

    /** The id of this UUID, or {@code null} for none. */
    public static PartyId of(UUID value) {
        return value == null ? null : new PartyId(value);
    }

    /** The ids of these UUIDs, or {@code null} for none. */
    public static List<PartyId> all(List<UUID> values) {
        return values == null ? null : values.stream().map(PartyId::new).toList();
    }

    /** The UUIDs of these ids, or {@code null} for none. */
    public static List<UUID> values(List<PartyId> ids) {
        return ids == null ? null : ids.stream().map(PartyId::value).toList();
    }

    /** The UUID of this id, or {@code null} for none. */
    public static UUID valueOf(PartyId id) {
        return id == null ? null : id.value();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
