package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A confidential note of the mediator; the case is its data subject, so erasing the case erases it. */
public record CaseNoteAddedEvent(
        UUID caseId,
        UUID noteId,
        @PersonalData(subject = "caseId") String text,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
