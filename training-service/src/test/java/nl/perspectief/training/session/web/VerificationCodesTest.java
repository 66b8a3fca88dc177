package nl.perspectief.training.session.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A certificate's code: long enough that nobody guesses one, in letters and digits nobody misreads. */
class VerificationCodesTest {

    private final VerificationCodes codes = new VerificationCodes();

    @Test
    void drawsAtLeastFiftyBitsFromThirtyTwoUnambiguousCharacters() {
        assertThat(VerificationCodes.ALPHABET).hasSize(32).doesNotContain("0", "O", "1", "I");
        assertThat(VerificationCodes.LENGTH * (Math.log(VerificationCodes.ALPHABET.length()) / Math.log(2)))
                .isGreaterThanOrEqualTo(50);
        assertThat(codes.next()).matches("[" + VerificationCodes.ALPHABET + "]{" + VerificationCodes.LENGTH + "}");
    }

    @Test
    void drawsEveryCharacterAndNoCodeTwiceInTenThousand() {
        Set<String> drawn = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            drawn.add(code);
            code.chars().forEach(c -> seen.add((char) c));
        }

        assertThat(drawn).hasSize(10_000);
        assertThat(seen).hasSize(32);
    }
}
