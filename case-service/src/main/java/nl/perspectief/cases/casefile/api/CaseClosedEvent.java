package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** The case ended with this outcome; the note is personal data of the case. */
public record CaseClosedEvent(
        UUID caseId,
        CaseOutcome outcome,
        @PersonalData(subject = "caseId") String note,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
