package nl.perspectief.cases.casefile.api;

/** Encrypted as a whole wherever it is a personal component of its holder. */
public record PostalAddress(String street, String postalCode, String city, String country) {
}
