package nl.perspectief.intake.registration.api;

import java.time.Instant;
import java.util.UUID;

/** What anyone holding the registration id may see: no personal data. */
public record RegistrationStatusView(UUID registrationId, String reference, Instant submittedAt) {
}
