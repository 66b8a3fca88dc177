package nl.perspectief.training.session.web;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

/**
 * A certificate's verification code: {@value #LENGTH} characters drawn by {@link SecureRandom} from 32 that no reader
 * confuses (no 0 or O, no 1 or I), so 60 bits: nobody guesses a code of a certificate they did not see, and a code
 * read aloud or typed over from paper comes out right. The public check ignores case.
 */
@Component
class VerificationCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
