package nl.perspectief.personaldata;

import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/** The data key of each data subject; shredding a key erases everything encrypted with it. */
public interface SubjectKeys {

    /**
     * The subject's data key, created and stored durably the first time it is asked for.
     *
     * @throws SubjectErasedException when the subject's key has been shredded
     */
    SecretKey keyFor(UUID subject);

    /** The subject's data key if it exists; empty when it never existed or has been shredded. */
    Optional<SecretKey> existingKeyOf(UUID subject);

    /** Destroys the subject's key for good (crypto-shredding), keeping a tombstone. Idempotent. */
    void shred(UUID subject);
}
