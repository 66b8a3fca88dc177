package nl.perspectief.intake.registration.api;

/** Where letters reach the applicant; encrypted as a whole with the applicant's key. */
public record PostalAddress(String street, String postalCode, String city, String country) {

    @Override
    public String toString() {
        return "PostalAddress[redacted]";
    }
}
