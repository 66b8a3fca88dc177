package nl.perspectief.cases.opening.api;

import nl.perspectief.cases.casefile.api.CaseId;
import nl.perspectief.cases.casefile.api.Applicant;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.Incident;
import nl.perspectief.cases.casefile.api.OtherParty;
import nl.perspectief.cases.casefile.api.Referrer;
import nl.perspectief.cases.casefile.api.Story;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens the case of one registration. The case id is derived from the registration id, so a
 * redelivered registration targets the same case and opens nothing new.
 *
 * @param openedAt when case-service took the registration in; comes from a clock outside the aggregate
 * @param otherParty may be {@code null} when the registration names no one
 * @param story      may be {@code null}: the applicant may tell it at the first conversation instead
 * @param referrer   {@code null} when the applicant registered themselves
 */
public record OpenCaseFromRegistrationCommand(
        @TargetAggregateIdentifier CaseId caseId,
        UUID registrationId,
        String registrationReference,
        CaseSource source,
        Instant submittedAt,
        Instant openedAt,
        Applicant applicant,
        OtherParty otherParty,
        Incident incident,
        Story story,
        Referrer referrer) {
}
