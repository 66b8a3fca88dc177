package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The desk found the case in scope; it waits for a mediator. */
public record CaseAcceptedEvent(
        UUID caseId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
