package nl.perspectief.cases.contact.api;

import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A party's answer to being approached (or its absence, after the follow-up deadline). */
public record RecordPartyResponseCommand(
        @TargetAggregateIdentifier UUID caseId,
        @TargetAggregateVersion Long expectedVersion,
        UUID partyId,
        PartyResponse response,
        String summary,
        StaffMember performedBy,
        Instant at) {
}
