package nl.perspectief.cases.consent.web;

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
import nl.perspectief.cases.consent.web.ConsentRequests.ConsentRequest;
import nl.perspectief.cases.consent.web.ConsentRequests.WithdrawalRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepApi;
import nl.perspectief.cases.steps.ExpectedVersion;

/**
 * The JSON API of the consents of a case: recording and withdrawing them: every step needs {@code If-Match}; answers
 * carry the new version as {@code ETag}.
 */
@RestController
@CaseStepApi
@RequestMapping(CaseController.CASES)
class ConsentController {

    private final ConsentSteps consentSteps;

    ConsentController(ConsentSteps consentSteps) {
        this.consentSteps = consentSteps;
    }

    @Operation(summary = "Record a consent")
    @PostMapping("/{caseId}/consents")
    ResponseEntity<CaseCommandAnswer> recordConsent(@PathVariable UUID caseId, StaffMember by, ExpectedVersion version,
            @Valid @RequestBody ConsentRequest body, HttpServletRequest request) {
        return consentSteps.recordConsent(request, by, caseId, version, body).asResponse();
    }

    @Operation(summary = "Withdraw a consent")
    @PostMapping("/{caseId}/consents/{consentId}/withdrawal")
    ResponseEntity<CaseCommandAnswer> withdrawConsent(@PathVariable UUID caseId, @PathVariable UUID consentId,
            StaffMember by, ExpectedVersion version,
            @Valid @RequestBody(required = false) WithdrawalRequest body, HttpServletRequest request) {
        return consentSteps.withdrawConsent(request, by, caseId, consentId, version, body).asResponse();
    }
}
