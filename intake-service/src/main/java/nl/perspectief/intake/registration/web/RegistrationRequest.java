package nl.perspectief.intake.registration.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.perspectief.events.intake.v1.ApplicantRole;
import nl.perspectief.events.intake.v1.ContactChannel;
import nl.perspectief.events.intake.v1.CriminalProceedings;
import nl.perspectief.events.intake.v1.IncidentCategory;

/**
 * The JSON the public website posts. Booleans are boxed so that a missing one is named as missing
 * instead of silently becoming false. Cross-field rules live in {@link RegistrationRequestRules}.
 *
 * @param website the honeypot: invisible to people, filled in by bots
 */
record RegistrationRequest(
        @NotNull @Valid ApplicantRequest applicant,
        @NotNull @Valid IncidentRequest incident,
        @NotNull @Valid OtherPartyRequest otherParty,
        @Size(max = 5000) String story,
        @Valid ReferrerRequest referrer,
        @NotNull @AssertTrue(message = "the privacy statement must be accepted") Boolean privacyStatementAccepted,
        @Size(max = 200) String website) {

    /** Digits, spaces, brackets, dashes and an optional leading plus: what people type as a phone number. */
    static final String PHONE = "\\+?[0-9 ()\\-]{6,32}";

    record ApplicantRequest(
            @NotNull ApplicantRole role,
            @NotBlank @Size(max = 200) String fullName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE) @Size(max = 32) String phone,
            @Valid PostalAddressRequest postalAddress,
            @NotNull ContactChannel preferredChannel,
            @NotNull Boolean safeToLeaveMessages,
            @NotNull Boolean minor) {

        @Override
        public String toString() {
            return "ApplicantRequest[redacted]";
        }
    }

    record PostalAddressRequest(
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 16) String postalCode,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 100) String country) {

        @Override
        public String toString() {
            return "PostalAddressRequest[redacted]";
        }
    }

    record IncidentRequest(
            @NotNull IncidentCategory category,
            @Size(max = 10) String approximateDate,
            @NotNull Boolean policeReportFiled,
            @NotNull CriminalProceedings criminalProceedings) {
    }

    record OtherPartyRequest(
            @NotNull Boolean known,
            @Size(max = 200) String fullName,
            @Size(max = 200) String relationship) {

        @Override
        public String toString() {
            return "OtherPartyRequest[redacted]";
        }
    }

    record ReferrerRequest(
            @NotBlank @Size(max = 200) String organisation,
            @NotBlank @Size(max = 200) String fullName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = PHONE) @Size(max = 32) String phone,
            @NotNull @AssertTrue(message = "the referrer must confirm the client's consent") Boolean clientConsentConfirmed) {

        @Override
        public String toString() {
            return "ReferrerRequest[redacted]";
        }
    }

    @Override
    public String toString() {
        return "RegistrationRequest[redacted]";
    }
}
