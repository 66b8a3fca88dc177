package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The consents the exchange needs are active again, and relaying resumed. */
public record MessageExchangeResumedEvent(
        UUID caseId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
