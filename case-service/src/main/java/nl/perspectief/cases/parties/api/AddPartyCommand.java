package nl.perspectief.cases.parties.api;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Adds a network member, the representative of a minor, or an other party the registration did not name.
 *
 * @param partyId            a new data-subject id: the person's data is encrypted with its key
 * @param side               for a network member: whose network they belong to
 * @param representedPartyId for a minor's representative: the minor they represent
 */
public record AddPartyCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        PartyId partyId,
        PartyRole role,
        PartySide side,
        PartyId representedPartyId,
        String fullName,
        ContactDetails contactDetails,
        String preferredLanguage,
        StaffMember performedBy,
        Instant at) {
}
