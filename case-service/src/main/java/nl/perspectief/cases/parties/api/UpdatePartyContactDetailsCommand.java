package nl.perspectief.cases.parties.api;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces what the case knows of a party's name and how to reach them. */
public record UpdatePartyContactDetailsCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        PartyId partyId,
        String fullName,
        ContactDetails contactDetails,
        StaffMember performedBy,
        Instant at) {
}
