package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** The mediator proposed a form of contact. */
public record FormOfContactProposedEvent(
        UUID caseId,
        ContactForm form,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
