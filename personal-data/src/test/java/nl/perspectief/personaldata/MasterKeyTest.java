package nl.perspectief.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MasterKeyTest {

    private static String base64Of(int bytes) {
        byte[] raw = new byte[bytes];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    @Test
    void acceptsBase64OfThirtyTwoBytes() {
        assertThat(MasterKey.fromBase64(base64Of(32)).secretKey().getEncoded()).hasSize(32);
    }

    @Test
    void refusesKeysOfAnyOtherLength() {
        for (int length : new int[] {0, 16, 24, 31, 33, 64}) {
            assertThatThrownBy(() -> MasterKey.fromBase64(base64Of(length)))
                    .as("%d bytes", length)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("PERSPECTIEF_MASTER_KEY");
        }
    }

    @Test
    void namesTheEnvironmentVariableWhenTheKeyIsMissing() {
        assertThatThrownBy(() -> MasterKey.fromBase64(null)).hasMessageStartingWith("PERSPECTIEF_MASTER_KEY").hasMessageContaining("is not set");
        assertThatThrownBy(() -> MasterKey.fromBase64("  ")).hasMessageStartingWith("PERSPECTIEF_MASTER_KEY").hasMessageContaining("is not set");
    }

    @Test
    void refusesTextThatIsNotBase64WithoutEchoingIt() {
        assertThatThrownBy(() -> MasterKey.fromBase64("not*base64*secret"))
                .hasMessageContaining("PERSPECTIEF_MASTER_KEY")
                .message().doesNotContain("secret");
    }

    @Test
    void neverPrintsTheKey() {
        String base64 = base64Of(32);
        MasterKey key = MasterKey.fromBase64(base64);

        assertThat(key.toString()).doesNotContain(base64).contains("hidden");
        assertThat(new PersonalDataProperties(base64).toString()).doesNotContain(base64);
    }
}
