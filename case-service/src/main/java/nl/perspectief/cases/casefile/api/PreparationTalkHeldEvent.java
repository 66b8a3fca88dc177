package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** A preparation talk with one party took place. */
public record PreparationTalkHeldEvent(
        UUID caseId,
        UUID partyId,
        Instant heldAt,
        @PersonalData(subject = "partyId") String summary,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
