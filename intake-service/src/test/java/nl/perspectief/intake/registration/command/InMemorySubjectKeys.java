package nl.perspectief.intake.registration.command;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import nl.perspectief.personaldata.SubjectErasedException;
import nl.perspectief.personaldata.SubjectKeys;

/** Subject keys for the fixture tests, which store no event: a key per subject, in memory. */
class InMemorySubjectKeys implements SubjectKeys {

    private final Map<UUID, Optional<SecretKey>> keys = new ConcurrentHashMap<>();

    @Override
    public SecretKey keyFor(UUID subject) {
        return keys.computeIfAbsent(subject, id -> Optional.of(new SecretKeySpec(new byte[32], "AES")))
                .orElseThrow(() -> new SubjectErasedException(subject));
    }

    @Override
    public Optional<SecretKey> existingKeyOf(UUID subject) {
        return keys.getOrDefault(subject, Optional.empty());
    }

    @Override
    public void shred(UUID subject) {
        keys.put(subject, Optional.empty());
    }
}
