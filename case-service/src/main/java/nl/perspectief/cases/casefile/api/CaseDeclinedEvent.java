package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** The desk found the case out of scope. The reason may speak of people, so it is personal data of the case. */
public record CaseDeclinedEvent(
        UUID caseId,
        @PersonalData(subject = "caseId") String reason,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
