package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A closed case was taken up again. */
public record CaseReopenedEvent(
        UUID caseId,
        @PersonalData(subject = "caseId") String reason,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
