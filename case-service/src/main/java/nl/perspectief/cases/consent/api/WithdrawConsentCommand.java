package nl.perspectief.cases.consent.api;

import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A party takes a consent back; it takes effect at once.
 *
 * @param reason optional, in the party's words
 */
public record WithdrawConsentCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID consentId,
        String reason,
        StaffMember performedBy,
        Instant at) {
}
