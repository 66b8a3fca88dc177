package nl.perspectief.training.enrolment.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A professional (a probation officer, a member of prison staff) enrolling a perpetrator through the link a trainer
 * gave them, as the API takes it (JSON) and the page's form posts it: who refers, and whom. The perpetrator needs no
 * e-mail address or phone (many have neither in prison); the professional's address is where the mails about the
 * enrolment go. Optional fields may be left out, null or empty.
 *
 * @param professionalName         who refers
 * @param professionalOrganisation the probation service, the prison
 * @param professionalEmail        the professional's work address
 * @param name                     the perpetrator's name
 * @param email                    the perpetrator's own address, if they have one and may be mailed
 * @param website                  the honeypot: a field no person sees; a bot fills it in
 */
record ReferralRequest(
        @NotBlank @Size(max = 200) String professionalName,
        @NotBlank @Size(max = 200) String professionalOrganisation,
        @NotBlank @Size(max = 254) @Email(regexp = EnrolmentRequest.EMAIL) String professionalEmail,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 254) @Email(regexp = "|" + EnrolmentRequest.EMAIL) String email,
        @Size(max = 40) @Pattern(regexp = EnrolmentRequest.PHONE) String phone,
        @NotNull @AssertTrue Boolean privacyStatementAccepted,
        @Size(max = 2000) String website) {

    /** Keeps personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "ReferralRequest[...]";
    }

    /** The same request with white space around each typed value taken off (the honeypot stays as it was sent). */
    ReferralRequest stripped() {
        return new ReferralRequest(EnrolmentRequest.strip(professionalName), EnrolmentRequest.strip(professionalOrganisation),
                EnrolmentRequest.strip(professionalEmail), EnrolmentRequest.strip(name), EnrolmentRequest.strip(email),
                EnrolmentRequest.strip(phone), privacyStatementAccepted, website);
    }
}
