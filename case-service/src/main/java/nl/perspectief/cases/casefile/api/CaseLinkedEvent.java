package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The desk linked the case to a related or duplicate case. */
public record CaseLinkedEvent(
        UUID caseId,
        UUID linkedCaseId,
        LinkType linkType,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
