package nl.perspectief.cases.parties.api;

import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A preparation talk of the mediator with one party, separately. */
public record RecordPreparationTalkCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID partyId,
        Instant heldAt,
        String summary,
        StaffMember performedBy,
        Instant at) {
}
