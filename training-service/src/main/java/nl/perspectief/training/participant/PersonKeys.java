package nl.perspectief.training.participant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import nl.perspectief.personaldata.PersonalDataProperties;
import nl.perspectief.training.session.api.Participant;
import nl.perspectief.training.session.api.ReferringProfessional;

/**
 * The pseudonymous key of a person, with which a session refuses a second enrolment of one person without knowing who
 * they are, the same whether they enrol on the public page or a trainer enrols them: an HMAC-SHA256 of their
 * normalised e-mail address (NFKC, trimmed, inner white space as one space, lower case), under a key derived from the
 * service's master key (HMAC of the label {@value #LABEL}), URL-safe base64. Someone without an e-mail address (a
 * perpetrator in prison, say) is keyed by their normalised name and the referring professional's address: the same
 * professional enrolling the same name twice is one person.
 * <p>
 * Never a plain hash: e-mail addresses are few and guessable, so anyone holding a plain SHA-256 of one finds the
 * address by hashing candidates, and the same hash would link the person across every system that hashes alike. Under
 * a secret key the value means nothing without the key. The key is derived rather than the master key used as it is,
 * so the master key does one job only.
 */
@Component
public class PersonKeys {

    static final String LABEL = "perspectief.training.person-key.v1";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public PersonKeys(PersonalDataProperties personalData) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(Base64.getDecoder().decode(personalData.masterKey().strip()),
                ALGORITHM), LABEL), ALGORITHM);
    }

    /** A participant a trainer enrols: by their address, or without one by their name and who refers them. */
    public String of(Participant participant, ReferringProfessional referredBy) {
        String email = normalised(participant.email());
        String identity = !email.isEmpty() ? "email:" + email
                : "name:" + normalised(participant.name()) + "|referred-by:"
                + (referredBy == null ? "" : normalised(referredBy.email()));
        return encoded(hmac(key, identity));
    }

    /** A participant who enrols on the public page, always with an address. */
    public String ofEmail(String email) {
        return encoded(hmac(key, "email:" + normalised(email)));
    }

    /** A second key from the same secret, for another purpose (the request of an idempotency key). */
    public byte[] hmacOf(String purpose, String text) {
        return hmac(key, purpose + "\n" + text);
    }

    public static String normalised(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    private static String encoded(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
