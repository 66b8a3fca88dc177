package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The case got its mediator and is in progress. */
public record MediatorAssignedEvent(
        UUID caseId,
        String mediatorId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
