package nl.perspectief.cases.casefile.api;

/** How to reach a party; encrypted as a whole wherever it is a personal component of its holder. */
public record ContactDetails(String email, String phone, PostalAddress postalAddress) {
}
