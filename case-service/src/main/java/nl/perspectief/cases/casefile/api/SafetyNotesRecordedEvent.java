package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A party's safety notes ("letters must not go to the home address"), replaced as a whole. */
public record SafetyNotesRecordedEvent(
        UUID caseId,
        UUID partyId,
        @PersonalData(subject = "partyId") String notes,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
