package nl.perspectief.cases.parties.api;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A preparation talk of the mediator with one party, separately. */
public record RecordPreparationTalkCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        PartyId partyId,
        Instant heldAt,
        String summary,
        StaffMember performedBy,
        Instant at) {
}
