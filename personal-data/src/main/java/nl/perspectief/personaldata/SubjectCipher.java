package nl.perspectief.personaldata;

import java.util.Optional;
import java.util.UUID;

/**
 * Encrypts a whole payload for one data subject, for what cannot be marked field by field: a Kafka
 * record that a consumer could not even parse, parked as a dead letter. Same keys, same layout and
 * same erasure as {@link PersonalData} fields.
 */
public final class SubjectCipher {

    private final SubjectKeys subjectKeys;

    public SubjectCipher(SubjectKeys subjectKeys) {
        this.subjectKeys = subjectKeys;
    }

    public byte[] seal(UUID subject, byte[] clear) {
        return AesGcm.seal(subjectKeys.keyFor(subject), clear, subject);
    }

    /** The clear payload, or empty when the subject has been erased (its key shredded). */
    public Optional<byte[]> open(UUID subject, byte[] sealed) {
        return subjectKeys.existingKeyOf(subject).map(key -> AesGcm.open(key, sealed, subject));
    }
}
