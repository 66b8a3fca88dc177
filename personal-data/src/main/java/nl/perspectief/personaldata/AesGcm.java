package nl.perspectief.personaldata;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM through the JDK, in the one layout used everywhere in this module: a random 12-byte IV
 * followed by the ciphertext and its 16-byte tag, with the data subject's id as associated data so
 * a ciphertext cannot be moved to another subject unnoticed.
 */
final class AesGcm {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One cipher per thread, initialised afresh (key, IV) for every operation: looking the transformation up in the
     * providers took 8% of a read model's rebuild (issue 14's profile). A cipher is not for two threads at once.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + TRANSFORMATION, e);
        }
    });

    private AesGcm() {
    }

    static byte[] seal(SecretKey key, byte[] clear, UUID subject) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(bytesOf(subject));
            byte[] sealed = Arrays.copyOf(iv, IV_BYTES + cipher.getOutputSize(clear.length));
            cipher.doFinal(clear, 0, clear.length, sealed, IV_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Decrypts and authenticates; a tampered ciphertext, a wrong key or a wrong subject throws. */
    static byte[] open(SecretKey key, byte[] sealed, UUID subject) {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new PersonalDataIntegrityException("ciphertext of data subject " + subject + " is too short", null);
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(bytesOf(subject));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new PersonalDataIntegrityException(
                    "ciphertext of data subject " + subject + " failed authentication (tampered, or not this subject's)", e);
        }
    }

    static byte[] bytesOf(UUID subject) {
        return ByteBuffer.allocate(16)
                .putLong(subject.getMostSignificantBits())
                .putLong(subject.getLeastSignificantBits())
                .array();
    }
}
