package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/** The language a party wants to be addressed in. */
public record PreferredLanguageSetEvent(
        UUID caseId,
        UUID partyId,
        @PersonalData(subject = "partyId") String language,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
