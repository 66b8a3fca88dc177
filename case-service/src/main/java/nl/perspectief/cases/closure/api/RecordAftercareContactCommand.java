package nl.perspectief.cases.closure.api;

import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A contact with a party after the case was closed. */
public record RecordAftercareContactCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID partyId,
        String summary,
        StaffMember performedBy,
        Instant at) {
}
