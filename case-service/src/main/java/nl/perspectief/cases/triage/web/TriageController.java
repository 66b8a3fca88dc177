package nl.perspectief.cases.triage.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.CaseController;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepApi;
import nl.perspectief.cases.steps.ExpectedVersion;
import nl.perspectief.cases.triage.web.TriageRequests.AssignMediatorRequest;
import nl.perspectief.cases.triage.web.TriageRequests.DeclineRequest;
import nl.perspectief.cases.triage.web.TriageRequests.LinkRequest;

/**
 * The JSON API of the desk's triage of a case: accept, decline, link, assign a mediator: every step needs {@code If-
 * Match}; answers carry the new version as {@code ETag}.
 */
@RestController
@CaseStepApi
@RequestMapping(CaseController.CASES)
class TriageController {

    private final TriageSteps triageSteps;

    TriageController(TriageSteps triageSteps) {
        this.triageSteps = triageSteps;
    }

    @Operation(summary = "Accept the case (triage)")
    @PostMapping("/{caseId}/accept")
    ResponseEntity<CaseCommandAnswer> accept(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            HttpServletRequest request) {
        return triageSteps.accept(request, by, caseId, version).asResponse();
    }

    @Operation(summary = "Decline the case (triage)")
    @PostMapping("/{caseId}/decline")
    ResponseEntity<CaseCommandAnswer> decline(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody DeclineRequest body, HttpServletRequest request) {
        return triageSteps.decline(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Link the case to another")
    @PostMapping("/{caseId}/link")
    ResponseEntity<CaseCommandAnswer> link(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody LinkRequest body, HttpServletRequest request) {
        return triageSteps.link(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Assign or reassign the mediator")
    @PostMapping("/{caseId}/assign-mediator")
    ResponseEntity<CaseCommandAnswer> assignMediator(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody AssignMediatorRequest body, HttpServletRequest request) {
        return triageSteps.assignMediator(request, by, caseId, version, body).asResponse();
    }
}
