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

    @Test
    void sealsAndOpensOnOneThreadAfterAFailedOpenAndOnManyThreadsAtOnce() throws Exception {
        UUID subject = UUID.randomUUID();
        byte[] sealed = cipher.seal(subject, clear);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(subject, tampered)).isInstanceOf(PersonalDataIntegrityException.class);
        assertThat(cipher.open(subject, cipher.seal(subject, clear))).as("the thread's cipher after a failure")
                .hasValue(clear);
        assertThat(cipher.seal(subject, clear)).as("a fresh IV each time").isNotEqualTo(cipher.seal(subject, clear));
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var opened = threads.invokeAll(java.util.Collections.nCopies(200,
                    () -> cipher.open(subject, cipher.seal(subject, clear)).orElseThrow()));
            for (var each : opened) {
                assertThat(each.get()).isEqualTo(clear);
            }
        }
    }

    private UUID anotherSubjectWithAKey() {
        UUID other = UUID.randomUUID();
        keys.keyFor(other);
        return other;
    }
}
