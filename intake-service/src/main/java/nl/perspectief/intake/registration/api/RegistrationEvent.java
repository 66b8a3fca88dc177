package nl.perspectief.intake.registration.api;

import java.util.UUID;

/** Every event of the {@code Registration} aggregate, so that handlers can switch exhaustively. */
public sealed interface RegistrationEvent permits RegistrationSubmittedEvent {

    UUID registrationId();
}
