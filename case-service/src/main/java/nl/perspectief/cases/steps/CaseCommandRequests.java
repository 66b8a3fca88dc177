package nl.perspectief.cases.steps;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.ContactDetails;
import nl.perspectief.cases.casefile.api.PostalAddress;

/**
 * What the bodies of every feature's steps share: the limits of text, and contact details. The bodies of the command
 * API are checked for form before a command is made of them; whether a step is allowed at all is the case's to decide.
 * Ids of new things (case, parties, consents, meetings, notes) are never taken from the client: the web layer makes
 * them and answers them. Yes/no answers are required rather than defaulted: a missing "safe to leave messages" must not
 * quietly become "no".
 */
public final class CaseCommandRequests {

    public static final int NAME = 200;
    public static final int SHORT_TEXT = 2_000;
    public static final int LONG_TEXT = 20_000;
    public static final String STAFF_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    public record PostalAddressRequest(
            @NotBlank @Size(max = NAME) String street,
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Size(max = NAME) String city,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as NL") String country) {
    }

    public record ContactDetailsRequest(
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
            @Valid PostalAddressRequest postalAddress) {
    }

    public static ContactDetails contactDetails(ContactDetailsRequest c) {
        return c == null ? null : new ContactDetails(c.email(), c.phone(), postalAddress(c.postalAddress()));
    }

    public static PostalAddress postalAddress(PostalAddressRequest p) {
        return p == null ? null : new PostalAddress(p.street(), p.postalCode(), p.city(), p.country());
    }

    private CaseCommandRequests() {
    }
}
