package nl.perspectief.cases.consent.api;

import nl.perspectief.cases.casefile.api.PartyId;
import nl.perspectief.cases.casefile.api.ConsentId;
import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.StaffMember;
import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * One party's consent to one purpose; see {@link Consent} for form and recipient.
 *
 * @param consentId a new id, by which the consent is withdrawn later
 * @param givenAt   when the party gave it, which may be before it is recorded
 */
public record RecordConsentCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        ConsentId consentId,
        PartyId partyId,
        ConsentPurpose purpose,
        ContactForm form,
        String recipient,
        ConsentMethod method,
        Instant givenAt,
        StaffMember performedBy,
        Instant at) {
}
