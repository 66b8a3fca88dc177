package nl.perspectief.cases.parties.api;

import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The language a party wants to be addressed in. */
public record SetPreferredLanguageCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID partyId,
        String language,
        StaffMember performedBy,
        Instant at) {
}
