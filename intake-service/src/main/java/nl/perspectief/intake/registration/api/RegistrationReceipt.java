package nl.perspectief.intake.registration.api;

import java.util.UUID;

/** What the submitter gets back: the same for a repeated submission with the same idempotency key. */
public record RegistrationReceipt(UUID registrationId, String reference) {
}
