package nl.perspectief.cases.casefile.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.events.intake.v1.RegistrationSource;

/**
 * A case was opened from a registration and waits for triage. Carries everything the registration
 * said, because the case must outlive intake's copy; the personal parts are encrypted per subject
 * by the serializer (see the {@code @PersonalData} components of its parts).
 */
public record CaseOpenedEvent(
        UUID caseId,
        UUID registrationId,
        String registrationReference,
        RegistrationSource source,
        Instant submittedAt,
        Instant openedAt,
        Applicant applicant,
        OtherParty otherParty,
        Incident incident,
        Story story,
        Referrer referrer,
        CaseStatus status) implements CaseEvent {
}
