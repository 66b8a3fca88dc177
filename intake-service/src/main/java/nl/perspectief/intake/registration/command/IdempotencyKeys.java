package nl.perspectief.intake.registration.command;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import nl.perspectief.intake.registration.api.RegistrationReceipt;

/** Remembers which registration answered a client's {@code Idempotency-Key}, in the registration's own transaction. */
interface IdempotencyKeys {

    /**
     * Claims {@code key} for a new registration. Empty when the key is new (and now taken until the
     * transaction ends); the first answer when the key was used before for the same request.
     *
     * @throws IdempotencyKeyReusedException when the key was used before for a different request
     */
    Optional<RegistrationReceipt> claim(String key, String requestSha256, UUID registrationId, Instant at);

    /** Completes a claim with the reference allocated after it. */
    void recordReference(String key, String reference);
}
