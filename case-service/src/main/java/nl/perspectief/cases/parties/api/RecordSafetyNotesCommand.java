package nl.perspectief.cases.parties.api;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Replaces a party's safety notes: what every contact with them must respect. */
public record RecordSafetyNotesCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        PartyId partyId,
        String notes,
        StaffMember performedBy,
        Instant at) {
}
