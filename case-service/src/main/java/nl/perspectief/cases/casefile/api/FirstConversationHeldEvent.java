package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** The mediator's first conversation with the applicant took place. */
public record FirstConversationHeldEvent(
        UUID caseId,
        UUID applicantId,
        Instant heldAt,
        @PersonalData(subject = "applicantId") String summary,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
