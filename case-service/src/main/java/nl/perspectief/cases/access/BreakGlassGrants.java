package nl.perspectief.cases.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Break-glass grants, written once and never changed: they simply expire. */
public interface BreakGlassGrants {

    /** Stores a grant valid from {@code now} for {@code duration}, its reason encrypted with the case. */
    BreakGlassGrant grant(UUID caseId, String mediatorId, String reason, Duration duration, Instant now);

    /** The grant that lets {@code mediatorId} read the case at {@code now}, the longest-lasting if several. */
    Optional<UUID> validGrant(UUID caseId, String mediatorId, Instant now);

    /**
     * Grants made in a period, newest first, reasons decrypted: compliance's list.
     *
     * @param from inclusive, {@code null}: from the first
     * @param to   exclusive, {@code null}: until now
     */
    List<BreakGlassGrant> grantedBetween(Instant from, Instant to, int page, int size);
}
