package nl.perspectief.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubjectCipherTest {

    private final SubjectKeys keys = new JdbcSubjectKeys(TestDatabase.dataSource(), PersonalDataFixtures.newMasterKey());
    private final SubjectCipher cipher = new SubjectCipher(keys);
    private final byte[] clear = ("{\"fullName\":\"" + PersonalDataFixtures.CANARY_NAME + "\"}").getBytes(StandardCharsets.UTF_8);

    @Test
    void sealsAPayloadSoThatOnlyItsSubjectsKeyOpensIt() {
        UUID subject = UUID.randomUUID();

        byte[] sealed = cipher.seal(subject, clear);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(PersonalDataFixtures.CANARY_NAME);
        assertThat(cipher.open(subject, sealed)).hasValue(clear);
        assertThatThrownBy(() -> cipher.open(anotherSubjectWithAKey(), sealed))
                .isInstanceOf(PersonalDataIntegrityException.class);
    }

    @Test
    void opensNothingOnceTheSubjectIsErased() {
        UUID subject = UUID.randomUUID();
        byte[] sealed = cipher.seal(subject, clear);

        keys.shred(subject);

        assertThat(cipher.open(subject, sealed)).isEmpty();
    }

    private UUID anotherSubjectWithAKey() {
        UUID other = UUID.randomUUID();
        keys.keyFor(other);
        return other;
    }
}
