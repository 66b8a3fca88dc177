package nl.perspectief.training.session;

import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import nl.perspectief.personaldata.SubjectErasedException;
import nl.perspectief.personaldata.SubjectKeys;

/** Subject keys in memory, for serializing without a database; shredding works as in the service. */
public final class InMemorySubjectKeys implements SubjectKeys {

    private final Map<UUID, SecretKey> keys = new HashMap<>();
    private final Set<UUID> shredded = new HashSet<>();

    @Override
    public synchronized SecretKey keyFor(UUID subject) {
        if (shredded.contains(subject)) {
            throw new SubjectErasedException(subject);
        }
        return keys.computeIfAbsent(subject, id -> newKey());
    }

    @Override
    public synchronized Optional<SecretKey> existingKeyOf(UUID subject) {
        return Optional.ofNullable(keys.get(subject));
    }

    @Override
    public synchronized void shred(UUID subject) {
        keys.remove(subject);
        shredded.add(subject);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
