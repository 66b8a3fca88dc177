package nl.perspectief.cases.triage.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.LinkType;
import nl.perspectief.cases.steps.CaseCommandRequests;

/** The bodies of the steps of this feature, checked for form before a command is made of them. */
final class TriageRequests {
    record DeclineRequest(@NotBlank @Size(max = CaseCommandRequests.SHORT_TEXT) String reason) {
    }
    record LinkRequest(@NotNull UUID linkedCaseId, @NotNull LinkType linkType) {
    }
    record AssignMediatorRequest(@NotBlank @Pattern(regexp = CaseCommandRequests.STAFF_ID) String mediatorId) {
    }

    private TriageRequests() {
    }
}
