package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A party consented to one purpose; it holds until a {@link ConsentWithdrawnEvent} with the same
 * {@code consentId}. The consent's parts are flat, so the JSON reads like the card the mediator fills in.
 */
public record ConsentRecordedEvent(
        UUID caseId,
        UUID consentId,
        UUID partyId,
        ConsentPurpose purpose,
        ContactForm form,
        String recipient,
        ConsentMethod method,
        Instant givenAt,
        StaffMember performedBy,
        Instant at) implements CaseEvent {

    public Consent consent() {
        return new Consent(partyId, purpose, form, recipient);
    }
}
