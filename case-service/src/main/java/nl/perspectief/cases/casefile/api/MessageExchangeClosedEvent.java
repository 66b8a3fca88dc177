package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The message exchange ended. */
public record MessageExchangeClosedEvent(
        UUID caseId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
