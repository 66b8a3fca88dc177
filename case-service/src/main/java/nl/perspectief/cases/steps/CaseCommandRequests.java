package nl.perspectief.cases.steps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.CaseSource;
import nl.perspectief.cases.casefile.api.ConsentMethod;
import nl.perspectief.cases.casefile.api.ConsentPurpose;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.OutcomeShareForm;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.casefile.api.ApplicantRole;
import nl.perspectief.cases.casefile.api.ContactChannel;
import nl.perspectief.cases.casefile.api.CriminalProceedings;
import nl.perspectief.cases.casefile.api.IncidentCategory;

/**
 * The bodies of the command API, checked for form before a command is made of them; whether a step
 * is allowed at all is the case's to decide. Ids of new things (case, parties, consents, meetings,
 * notes) are never taken from the client: the web layer makes them and answers them. Yes/no answers
 * are required rather than defaulted: a missing "safe to leave messages" must not quietly become "no".
 */
final class CaseCommandRequests {

    static final int NAME = 200;
    static final int SHORT_TEXT = 2_000;
    static final int LONG_TEXT = 20_000;
    static final String STAFF_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

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
            @Size(max = LONG_TEXT) String story,
            @Valid ReferrerRequest referrer) {
    }

    record ApplicantRequest(
            @NotNull ApplicantRole role,
            @NotBlank @Size(max = NAME) String fullName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
            @Valid PostalAddressRequest postalAddress,
            @NotNull ContactChannel preferredChannel,
            @NotNull Boolean safeToLeaveMessages,
            @NotNull Boolean minor) {
    }

    record OtherPartyRequest(
            @NotNull Boolean known,
            @Size(max = NAME) String fullName,
            @Size(max = NAME) String relationship) {
    }

    record IncidentRequest(
            @NotNull IncidentCategory category,
            @Pattern(regexp = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", message = "must look like 2015, 2015-09 or 2015-09-14")
            String approximateDate,
            @NotNull Boolean policeReportFiled,
            @NotNull CriminalProceedings criminalProceedings) {
    }

    record ReferrerRequest(
            @NotBlank @Size(max = NAME) String organisation,
            @NotBlank @Size(max = NAME) String fullName,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
            @NotNull Boolean clientConsentConfirmed) {
    }

    record PostalAddressRequest(
            @NotBlank @Size(max = NAME) String street,
            @NotBlank @Size(max = 20) String postalCode,
            @NotBlank @Size(max = NAME) String city,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code such as NL") String country) {
    }

    record ContactDetailsRequest(
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
            @Valid PostalAddressRequest postalAddress) {
    }

    record DeclineRequest(@NotBlank @Size(max = SHORT_TEXT) String reason) {
    }

    record LinkRequest(@NotNull UUID linkedCaseId, @NotNull LinkType linkType) {
    }

    record AssignMediatorRequest(@NotBlank @Pattern(regexp = STAFF_ID) String mediatorId) {
    }

    record AddPartyRequest(
            @NotNull PartyRole role,
            PartySide side,
            UUID representedPartyId,
            @NotBlank @Size(max = NAME) String fullName,
            @Valid ContactDetailsRequest contactDetails,
            @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as nl or ar")
            String preferredLanguage) {
    }

    record ContactDetailsUpdateRequest(
            @NotBlank @Size(max = NAME) String fullName,
            @NotNull @Valid ContactDetailsRequest contactDetails) {
    }

    record SafetyNotesRequest(@NotNull @Size(max = SHORT_TEXT) String notes) {
    }

    record LanguageRequest(
            @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as nl or ar")
            String language) {
    }

    record FirstConversationRequest(
            @NotNull @PastOrPresent Instant heldAt,
            @NotBlank @Size(max = LONG_TEXT) String summary) {
    }

    record PreparationTalkRequest(
            @NotNull UUID partyId,
            @NotNull @PastOrPresent Instant heldAt,
            @NotBlank @Size(max = LONG_TEXT) String summary) {
    }

    record ContactAttemptRequest(
            @NotNull UUID partyId,
            @NotNull ApproachChannel channel,
            @NotNull Boolean applicantNamed,
            LocalDate followUpBy) {
    }

    record PartyResponseRequest(
            @NotNull UUID partyId,
            @NotNull PartyResponse response,
            @Size(max = LONG_TEXT) String summary) {
    }

    record ConsentRequest(
            @NotNull UUID partyId,
            @NotNull ConsentPurpose purpose,
            ContactForm form,
            @Size(max = NAME) String recipient,
            @NotNull ConsentMethod method,
            @NotNull @PastOrPresent Instant givenAt) {
    }

    record WithdrawalRequest(@Size(max = SHORT_TEXT) String reason) {
    }

    record FormOfContactRequest(@NotNull ContactForm form) {
    }

    record MeetingRequest(
            @NotNull ContactForm form,
            @NotNull Instant scheduledFor,
            @NotNull MeetingLocation location,
            @Size(max = SHORT_TEXT) String address,
            List<@NotNull UUID> networkMemberIds) {
    }

    record RescheduleRequest(
            @NotNull Instant scheduledFor,
            @NotNull MeetingLocation location,
            @Size(max = SHORT_TEXT) String address) {
    }

    record CancelMeetingRequest(
            @NotNull MeetingCancellationReason reason,
            @Size(max = SHORT_TEXT) String note) {
    }

    record ClosureRequest(@NotNull CaseOutcome outcome, @Size(max = SHORT_TEXT) String note) {
    }

    record AftercareContactRequest(@NotNull UUID partyId, @NotBlank @Size(max = LONG_TEXT) String summary) {
    }

    record ReopenRequest(@NotBlank @Size(max = SHORT_TEXT) String reason) {
    }

    record NoteRequest(@NotBlank @Size(max = LONG_TEXT) String text) {
    }

    record OutcomeShareRequest(
            @NotBlank @Size(max = NAME) String recipient,
            @NotNull OutcomeShareForm form,
            @NotBlank @Size(max = LONG_TEXT) String content,
            @NotNull @PastOrPresent Instant sharedAt) {
    }

    private CaseCommandRequests() {
    }
}
