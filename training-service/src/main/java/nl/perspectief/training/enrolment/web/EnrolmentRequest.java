package nl.perspectief.training.enrolment.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A professional's enrolment as the public API takes it (JSON) and the page's form posts it: the same fields, the
 * same rules. Optional fields may be left out, null or empty.
 *
 * @param website the honeypot: a field no person sees (the page hides it with its style sheet); a bot fills it in
 */
record EnrolmentRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 254) @Email(regexp = EnrolmentRequest.EMAIL) String email,
        @Size(max = 40) @Pattern(regexp = EnrolmentRequest.PHONE) String phone,
        @NotBlank @Size(max = 200) String organisation,
        @Size(max = 40) @Pattern(regexp = "|[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]{0,39}") String professionalRegistrationNumber,
        @NotNull @AssertTrue Boolean privacyStatementAccepted,
        @Size(max = 2000) String website) {

    /** An address as the public door takes it: something, an at, something with a dot. */
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    /** A phone number, or nothing. */
    static final String PHONE = "|[+0-9][0-9 ()./-]{5,39}";

    /** Keeps personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "EnrolmentRequest[...]";
    }

    /** The same request with white space around each typed value taken off (the honeypot stays as it was sent). */
    EnrolmentRequest stripped() {
        return new EnrolmentRequest(strip(name), strip(email), strip(phone), strip(organisation),
                strip(professionalRegistrationNumber), privacyStatementAccepted, website);
    }

    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
