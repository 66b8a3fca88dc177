package nl.perspectief.training.session.api;

/**
 * The person who enrols, as they (or who enrols them) typed it. Always carried as personal data of the participant,
 * encrypted with their key wherever it is stored.
 *
 * @param organisation                   where a professional works; may be null
 * @param professionalRegistrationNumber a professional's number in the register of an accredited course; may be null
 */
public record Participant(String name, String email, String phone, String organisation,
                          String professionalRegistrationNumber) {

    /** Keeps personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "Participant[...]";
    }
}
