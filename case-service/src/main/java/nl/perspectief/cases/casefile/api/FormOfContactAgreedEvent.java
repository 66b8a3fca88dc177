package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** Every party involved agreed on a form of contact. */
public record FormOfContactAgreedEvent(
        UUID caseId,
        ContactForm form,
        StaffMember performedBy,
        Instant at) implements CaseEvent {
}
