package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.personaldata.PersonalData;

/**
 * A party took a consent back. It takes effect at once: in the same command, every meeting that
 * depended on it is cancelled and an exchange that depended on it is suspended (the events that follow).
 *
 * @param reason optional, in the party's words
 */
public record ConsentWithdrawnEvent(
        UUID caseId,
        UUID consentId,
        UUID partyId,
        ConsentPurpose purpose,
        ContactForm form,
        String recipient,
        @PersonalData(subject = "partyId") String reason,
        StaffMember performedBy,
        Instant at) implements CaseEvent {

    public Consent consent() {
        return new Consent(partyId, purpose, form, recipient);
    }
}
