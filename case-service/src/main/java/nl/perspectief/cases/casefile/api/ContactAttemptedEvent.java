package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The mediator tried to reach a party; {@code followUpBy} is when to try again without an answer. */
public record ContactAttemptedEvent(
        UUID caseId,
        UUID partyId,
        ApproachChannel channel,
        boolean applicantNamed,
        LocalDate followUpBy,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
