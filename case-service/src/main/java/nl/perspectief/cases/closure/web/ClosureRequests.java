package nl.perspectief.cases.closure.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.CaseOutcome;
import nl.perspectief.cases.casefile.api.OutcomeShareForm;
import nl.perspectief.cases.steps.CaseCommandRequests;

/** The bodies of the steps of this feature, checked for form before a command is made of them. */
final class ClosureRequests {
    record ClosureRequest(@NotNull CaseOutcome outcome, @Size(max = CaseCommandRequests.SHORT_TEXT) String note) {
    }
    record AftercareContactRequest(@NotNull UUID partyId,
            @NotBlank @Size(max = CaseCommandRequests.LONG_TEXT) String summary) {
    }
    record ReopenRequest(@NotBlank @Size(max = CaseCommandRequests.SHORT_TEXT) String reason) {
    }
    record OutcomeShareRequest(
            @NotBlank @Size(max = CaseCommandRequests.NAME) String recipient,
            @NotNull OutcomeShareForm form,
            @NotBlank @Size(max = CaseCommandRequests.LONG_TEXT) String content,
            @NotNull @PastOrPresent Instant sharedAt) {
    }

    private ClosureRequests() {
    }
}
