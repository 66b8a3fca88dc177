package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A party answered being approached, or did not within the deadline. */
public record PartyRespondedEvent(
        UUID caseId,
        UUID partyId,
        PartyResponse response,
        @PersonalData(subject = "partyId") String summary,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
