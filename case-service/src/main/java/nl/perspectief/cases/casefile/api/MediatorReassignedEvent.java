package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The case went from one mediator to another. */
public record MediatorReassignedEvent(
        UUID caseId,
        String previousMediatorId,
        String mediatorId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
