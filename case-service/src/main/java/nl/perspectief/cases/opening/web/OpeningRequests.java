package nl.perspectief.cases.opening.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.ApplicantRole;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.ContactChannel;
import nl.perspectief.cases.casefile.api.CriminalProceedings;
import nl.perspectief.cases.casefile.api.IncidentCategory;
import nl.perspectief.cases.steps.CaseCommandRequests.PostalAddressRequest;
import nl.perspectief.cases.steps.CaseCommandRequests;

/** The bodies of the steps of this feature, checked for form before a command is made of them. */
final class OpeningRequests {
    /** The two ways a case reaches the desk; website registrations come from intake. */
    enum DeskChannel {
        PHONE, EMAIL;

        CaseSource source() {
            return CaseSource.valueOf(name());
        }
    }
    record OpenCaseRequest(
            @NotNull DeskChannel source,
            @NotNull @PastOrPresent Instant receivedAt,
            @NotNull @Valid ApplicantRequest applicant,
            @Valid OtherPartyRequest otherParty,
            @NotNull @Valid IncidentRequest incident,
            @Size(max = CaseCommandRequests.LONG_TEXT) String story,
            @Valid ReferrerRequest referrer) {
    }
    record ApplicantRequest(
            @NotNull ApplicantRole role,
            @NotBlank @Size(max = CaseCommandRequests.NAME) String fullName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
            @Valid PostalAddressRequest postalAddress,
            @NotNull ContactChannel preferredChannel,
            @NotNull Boolean safeToLeaveMessages,
            @NotNull Boolean minor) {
    }
    record OtherPartyRequest(
            @NotNull Boolean known,
            @Size(max = CaseCommandRequests.NAME) String fullName,
            @Size(max = CaseCommandRequests.NAME) String relationship) {
    }
    record IncidentRequest(
            @NotNull IncidentCategory category,
            @Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
                    message = "must look like 2015, 2015-09 or 2015-09-14")
            String approximateDate,
            @NotNull Boolean policeReportFiled,
            @NotNull CriminalProceedings criminalProceedings) {
    }
    record ReferrerRequest(
            @NotBlank @Size(max = CaseCommandRequests.NAME) String organisation,
            @NotBlank @Size(max = CaseCommandRequests.NAME) String fullName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
            @NotNull Boolean clientConsentConfirmed) {
    }

    private OpeningRequests() {
    }
}
