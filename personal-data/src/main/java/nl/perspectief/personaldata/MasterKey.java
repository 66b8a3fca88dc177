package nl.perspectief.personaldata;

import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps every data subject's key. It comes from the environment
 * ({@value #ENV_NAME}), never from the database, so a copy of the database alone reveals nothing.
 */
public final class MasterKey {

    public static final String ENV_NAME = "PERSPECTIEF_MASTER_KEY";
    private static final int KEY_BYTES = 32;

    private final SecretKey key;

    private MasterKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Reads an AES-256 key from the base64 of exactly 32 bytes, refusing anything else with a clear message. */
    public static MasterKey fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(ENV_NAME + " (perspectief.personal-data.master-key) is not set: "
                    + "give it the base64 of 32 random bytes, for example `openssl rand -base64 32`");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(ENV_NAME + " is not valid base64: it must be the base64 of 32 random bytes");
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException(ENV_NAME + " must be the base64 of exactly " + KEY_BYTES
                    + " bytes (AES-256), but it holds " + raw.length + " bytes");
        }
        return new MasterKey(raw);
    }

    SecretKey secretKey() {
        return key;
    }

    @Override
    public String toString() {
        // a key must never reach a log line or an exception message
        return "MasterKey[AES-256, hidden]";
    }
}
