package nl.perspectief.training.session.api;

/** The probation officer or member of prison staff who enrolled someone: personal data of their own. */
public record ReferringProfessional(String name, String organisation, String email) {

    /** Keeps personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "ReferringProfessional[...]";
    }
}
