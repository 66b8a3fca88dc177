package nl.perspectief.cases.consent.api;

import nl.perspectief.cases.casefile.api.ConsentId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * A party takes a consent back; it takes effect at once.
 *
 * @param reason optional, in the party's words
 */
public record WithdrawConsentCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        ConsentId consentId,
        String reason,
        StaffMember performedBy,
        Instant at) {
}
