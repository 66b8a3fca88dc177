package nl.perspectief.cases.access;

import java.time.Instant;
import java.util.UUID;

/**
 * A mediator's time-limited access to a case not assigned to them (covering for an absent colleague).
 *
 * @param reason their written reason, decrypted; {@code null} once the case was erased
 */
public record BreakGlassGrant(UUID grantId, UUID caseId, String mediatorId, Instant grantedAt, Instant expiresAt,
                              String reason) {

    public boolean validAt(Instant now) {
        return !now.isBefore(grantedAt) && now.isBefore(expiresAt);
    }
}
