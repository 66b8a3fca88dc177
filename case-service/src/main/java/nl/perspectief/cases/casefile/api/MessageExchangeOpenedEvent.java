package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The mediator relays messages between these parties from now on. */
public record MessageExchangeOpenedEvent(
        UUID caseId,
        UUID applicantId,
        UUID otherPartyId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
