package nl.perspectief.intake.registration.api;

import java.time.Instant;
import java.util.UUID;

import nl.perspectief.events.intake.v1.RegistrationSource;

/** A registration was accepted with its human reference. Personal fields are encrypted per subject at rest. */
public record RegistrationSubmittedEvent(
        UUID registrationId,
        String reference,
        Instant submittedAt,
        RegistrationSource source,
        Applicant applicant,
        Incident incident,
        OtherParty otherParty,
        Referrer referrer) implements RegistrationEvent {
}
