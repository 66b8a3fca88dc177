package nl.perspectief.cases.parties.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.PartyRole;
import nl.perspectief.cases.casefile.api.PartySide;
import nl.perspectief.cases.steps.CaseCommandRequests.ContactDetailsRequest;
import nl.perspectief.cases.steps.CaseCommandRequests;

/** The bodies of the steps of this feature, checked for form before a command is made of them. */
final class PartiesRequests {
    record AddPartyRequest(
            @NotNull PartyRole role,
            PartySide side,
            UUID representedPartyId,
            @NotBlank @Size(max = CaseCommandRequests.NAME) String fullName,
            @Valid ContactDetailsRequest contactDetails,
            @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as nl or ar")
            String preferredLanguage) {
    }
    record ContactDetailsUpdateRequest(
            @NotBlank @Size(max = CaseCommandRequests.NAME) String fullName,
            @NotNull @Valid ContactDetailsRequest contactDetails) {
    }
    record SafetyNotesRequest(@NotNull @Size(max = CaseCommandRequests.SHORT_TEXT) String notes) {
    }
    record LanguageRequest(
            @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
            message = "must be a language tag such as nl or ar")
            String language) {
    }
    record FirstConversationRequest(
            @NotNull @PastOrPresent Instant heldAt,
            @NotBlank @Size(max = CaseCommandRequests.LONG_TEXT) String summary) {
    }
    record PreparationTalkRequest(
            @NotNull UUID partyId,
            @NotNull @PastOrPresent Instant heldAt,
            @NotBlank @Size(max = CaseCommandRequests.LONG_TEXT) String summary) {
    }

    private PartiesRequests() {
    }
}
