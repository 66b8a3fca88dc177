package nl.perspectief.intake.registration.api;

import java.util.UUID;

public record FindRegistrationStatusQuery(UUID registrationId) {
}
