package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** What the case knows of a party's name and how to reach them, replaced as a whole. */
public record PartyContactDetailsUpdatedEvent(
        UUID caseId,
        UUID partyId,
        @PersonalData(subject = "partyId") String fullName,
        @PersonalData(subject = "partyId") ContactDetails contactDetails,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
