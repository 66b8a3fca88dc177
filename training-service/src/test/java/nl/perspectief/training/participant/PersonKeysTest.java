package nl.perspectief.training.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import nl.perspectief.personaldata.PersonalDataProperties;

class PersonKeysTest {

    private static String masterKey() {
        return Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    }

    private final PersonKeys keys = new PersonKeys(new PersonalDataProperties(masterKey()));

    @Test
    void keysOnePersonAlikeHoweverTheirAddressIsTyped() {
        assertThat(keys.ofEmail("  Julia.de.Vries@Example.ORG ")).isEqualTo(keys.ofEmail("julia.de.vries@example.org"));
        assertThat(keys.ofEmail("ｊｕｌｉａ@example.org")).as("full-width letters, NFKC").isEqualTo(keys.ofEmail("julia@example.org"));
    }

    @Test
    void keysTwoAddressesApart() {
        assertThat(keys.ofEmail("julia@example.org")).isNotEqualTo(keys.ofEmail("julia@example.com"));
    }

    @Test
    void isNoPlainHashOfTheAddressSoNobodyFindsTheAddressByHashingGuesses() throws Exception {
        String address = "julia@example.org";
        byte[] plain = MessageDigest.getInstance("SHA-256").digest(("email:" + address).getBytes(StandardCharsets.UTF_8));

        assertThat(keys.ofEmail(address))
                .isNotEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(plain))
                .isNotEqualTo(new PersonKeys(new PersonalDataProperties(masterKey())).ofEmail(address))
                .as("43 characters of URL-safe base64: 256 bits").matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void keysTheRequestOfAnIdempotencyKeyApartFromThePerson() {
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(keys.hmacOf("idempotency", "email:x@example.org")))
                .isNotEqualTo(keys.ofEmail("x@example.org"));
    }

    @Test
    void aPersonEnrolledOnThePublicPageIsTheSamePersonWhenATrainerEnrolsThem() {
        var participant = new nl.perspectief.training.session.api.Participant("Julia de Vries", "Julia@Example.org",
                null, "Reclassering Nederland", null);

        assertThat(keys.of(participant, null)).isEqualTo(keys.ofEmail("julia@example.org"));
    }

    @Test
    void keysSomeoneWithoutAnAddressByNameAndWhoRefersThem() {
        var prisoner = new nl.perspectief.training.session.api.Participant("Piet Jansen", null, null, null, null);
        var officer = new nl.perspectief.training.session.api.ReferringProfessional("Anouk Smit", "Reclassering",
                "a.smit@reclassering.example");

        assertThat(keys.of(prisoner, officer)).isEqualTo(keys.of(
                new nl.perspectief.training.session.api.Participant(" piet  JANSEN ", null, null, null, null), officer));
        assertThat(keys.of(prisoner, officer)).isNotEqualTo(keys.of(prisoner, null));
    }
}
