package nl.perspectief.cases.opening.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.web.CaseController;
import nl.perspectief.cases.opening.web.OpeningRequests.OpenCaseRequest;
import nl.perspectief.cases.steps.CaseCommandAnswer;
import nl.perspectief.cases.steps.CaseStepApi;
import nl.perspectief.cases.steps.ExpectedVersion;
import nl.perspectief.cases.steps.IdempotencyKey;

/** {@code POST /api/cases}: the desk opens a case from a phone call or an e-mail. */
@RestController
@CaseStepApi
@RequestMapping(CaseController.CASES)
class OpeningController {

    private final OpeningSteps opening;

    OpeningController(OpeningSteps opening) {
        this.opening = opening;
    }

    @Operation(summary = "Open a case at the desk", description = "From a phone call or an e-mail.")
    @ApiResponse(responseCode = "201", description = "Opened (or, for a repeated Idempotency-Key with the same body, "
            + "opened before)", headers = {@Header(name = "Location", description = "/api/cases/{caseId}"),
            @Header(name = "ETag", description = "The case's version, for the next step's If-Match")})
    @PostMapping
    ResponseEntity<CaseCommandAnswer> open(StaffMember by, IdempotencyKey key, @Valid @RequestBody OpenCaseRequest body,
                                           HttpServletRequest request) {
        CaseCommandAnswer answer = opening.open(request, by, key, body);
        return ResponseEntity.created(URI.create(CaseController.CASES + "/" + answer.caseId()))
                .eTag(ExpectedVersion.etagOf(answer.version()))
                .body(answer);
    }
}
