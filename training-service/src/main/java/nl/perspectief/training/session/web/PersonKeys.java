package nl.perspectief.training.session.web;

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
 * The pseudonymous key of a person a trainer enrols, with which a session refuses a second enrolment of one person
 * without knowing who they are: an HMAC-SHA256 of their normalised e-mail address (trimmed, lower case), under a key
 * derived from the service's master key, so the key says nothing to anyone without it. Someone without an e-mail
 * address (a perpetrator in prison, say) is keyed by their normalised name and the referring professional's address:
 * the same professional enrolling the same name twice is one person.
 */
@Component
class PersonKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    PersonKeys(PersonalDataProperties personalData) {
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(Base64.getDecoder().decode(personalData.masterKey().strip()),
                ALGORITHM), "perspectief.training.person-key.v1"), ALGORITHM);
    }

    String of(Participant participant, ReferringProfessional referredBy) {
        String email = normalised(participant.email());
        String identity = !email.isEmpty() ? "email:" + email
                : "name:" + normalised(participant.name()) + "|referred-by:"
                + (referredBy == null ? "" : normalised(referredBy.email()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, identity));
    }

    private static String normalised(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
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
