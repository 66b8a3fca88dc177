package nl.perspectief.cases.closure.web;

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
import nl.perspectief.cases.closure.web.ClosureRequests.AftercareContactRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.ClosureRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.OutcomeShareRequest;
import nl.perspectief.cases.closure.web.ClosureRequests.ReopenRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepApi;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The JSON API of closing a case, sharing its outcome, aftercare and reopening: every step needs {@code If-Match};
 * answers carry the new version as {@code ETag}.
 */
@RestController
@CaseStepApi
@RequestMapping(CaseController.CASES)
class ClosureController {

    private final ClosureSteps closureSteps;

    ClosureController(ClosureSteps closureSteps) {
        this.closureSteps = closureSteps;
    }

    @Operation(summary = "Close the case")
    @PostMapping("/{caseId}/closure")
    ResponseEntity<CaseCommandAnswer> close(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody ClosureRequest body, HttpServletRequest request) {
        return closureSteps.close(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Share the outcome with a third party")
    @PostMapping("/{caseId}/outcome-shares")
    ResponseEntity<CaseCommandAnswer> shareOutcome(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody OutcomeShareRequest body, HttpServletRequest request) {
        return closureSteps.shareOutcome(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Record an aftercare contact")
    @PostMapping("/{caseId}/aftercare-contacts")
    ResponseEntity<CaseCommandAnswer> aftercareContact(@PathVariable UUID caseId, StaffMember by,
            ExpectedVersion version,
            @Valid @RequestBody AftercareContactRequest body, HttpServletRequest request) {
        return closureSteps.aftercareContact(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Reopen the case")
    @PostMapping("/{caseId}/reopen")
    ResponseEntity<CaseCommandAnswer> reopen(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody ReopenRequest body, HttpServletRequest request) {
        return closureSteps.reopen(request, by, caseId, version, body).asResponse();
    }
}
