package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A contact with a party after closure. */
public record AftercareContactRecordedEvent(
        UUID caseId,
        UUID partyId,
        @PersonalData(subject = "partyId") String summary,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
