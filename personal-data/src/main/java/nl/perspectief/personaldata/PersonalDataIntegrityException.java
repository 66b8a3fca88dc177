package nl.perspectief.personaldata;

/**
 * Encrypted personal data could not be authenticated: it was altered, or moved to another subject.
 * Loud on purpose: returning anything would hand garbage or forged data to the caller.
 */
public class PersonalDataIntegrityException extends RuntimeException {

    PersonalDataIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
