package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** A withdrawal stopped the message exchange: nothing is relayed until it is resumed. */
public record MessageExchangeSuspendedEvent(
        UUID caseId,
        UUID withdrawnConsentId,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
