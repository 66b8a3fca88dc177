package nl.perspectief.training.enrolment.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import nl.perspectief.personaldata.PersonalDataProperties;

/**
 * The pseudonymous key of a person who enrols on the public page, with which a session refuses a second enrolment of
 * one person without knowing who they are: an HMAC-SHA256 of their normalised e-mail address (NFKC, trimmed, inner
 * white space as one space, lower case), under a key derived from the service's master key (HMAC of the label
 * {@value #LABEL}), URL-safe base64.
 * <p>
 * Never a plain hash: e-mail addresses are few and guessable, so anyone holding a plain SHA-256 of one finds the
 * address by hashing candidates, and the same hash would link the person across every system that hashes alike. Under
 * a secret key the value means nothing without the key. The key is derived rather than the master key used as it is,
 * so the master key does one job only. The derivation and the normalisation are exactly those of the trainers' side
 * ({@code session.web.PersonKeys}), so a professional who enrolled here is the same person when a trainer enrols them.
 */
@Component
class PublicPersonKeys {

    static final String LABEL = "perspectief.training.person-key.v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    PublicPersonKeys(PersonalDataProperties personalData) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(Base64.getDecoder().decode(personalData.masterKey().strip()),
                ALGORITHM), LABEL), ALGORITHM);
    }

    String ofEmail(String email) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, "email:" + normalised(email)));
    }

    static String normalised(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** A second key from the same secret, for another purpose (the request of an idempotency key). */
    byte[] hmacOf(String purpose, String text) {
        return hmac(key, purpose + "\n" + text);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
