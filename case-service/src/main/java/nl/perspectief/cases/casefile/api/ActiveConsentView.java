package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

/** A consent that holds: given and not withdrawn. */
public record ActiveConsentView(
        UUID consentId,
        UUID partyId,
        ConsentPurpose purpose,
        ContactForm form,
        String recipient,
        ConsentMethod method,
        Instant givenAt) {
}
