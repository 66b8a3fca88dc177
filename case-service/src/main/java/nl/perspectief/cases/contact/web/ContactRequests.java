package nl.perspectief.cases.contact.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.ApproachChannel;
import nl.perspectief.cases.casefile.api.ContactForm;
import nl.perspectief.cases.casefile.api.MeetingCancellationReason;
import nl.perspectief.cases.casefile.api.MeetingLocation;
import nl.perspectief.cases.casefile.api.PartyResponse;
import nl.perspectief.cases.steps.CaseCommandRequests;

/** The bodies of the steps of this feature, checked for form before a command is made of them. */
final class ContactRequests {
    record ContactAttemptRequest(
            @NotNull UUID partyId,
            @NotNull ApproachChannel channel,
            @NotNull Boolean applicantNamed,
            LocalDate followUpBy) {
    }
    record PartyResponseRequest(
            @NotNull UUID partyId,
            @NotNull PartyResponse response,
            @Size(max = CaseCommandRequests.LONG_TEXT) String summary) {
    }
    record FormOfContactRequest(@NotNull ContactForm form) {
    }
    record MeetingRequest(
            @NotNull ContactForm form,
            @NotNull Instant scheduledFor,
            @NotNull MeetingLocation location,
            @Size(max = CaseCommandRequests.SHORT_TEXT) String address,
            List<@NotNull UUID> networkMemberIds) {
    }
    record RescheduleRequest(
            @NotNull Instant scheduledFor,
            @NotNull MeetingLocation location,
            @Size(max = CaseCommandRequests.SHORT_TEXT) String address) {
    }
    record CancelMeetingRequest(
            @NotNull MeetingCancellationReason reason,
            @Size(max = CaseCommandRequests.SHORT_TEXT) String note) {
    }

    private ContactRequests() {
    }
}
