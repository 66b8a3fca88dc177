package nl.perspectief.intake.registration.command;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.perspectief.intake.registration.api.RegistrationReceipt;

/** Idempotency keys without a database, for fixture tests. */
class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, RegistrationReceipt> receipts = new HashMap<>();

    @Override
    public Optional<RegistrationReceipt> claim(String key, String requestSha256, UUID registrationId, Instant at) {
        String earlierHash = hashes.putIfAbsent(key, requestSha256);
        if (earlierHash == null) {
            receipts.put(key, new RegistrationReceipt(registrationId, null));
            return Optional.empty();
        }
        if (!earlierHash.equals(requestSha256)) {
            throw new IdempotencyKeyReusedException();
        }
        return Optional.of(receipts.get(key));
    }

    @Override
    public void recordReference(String key, String reference) {
        receipts.computeIfPresent(key, (k, r) -> new RegistrationReceipt(r.registrationId(), reference));
    }
}
