package nl.perspectief.cases.casefile.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Pattern;
import nl.perspectief.cases.casefile.api.CaseView;
import nl.perspectief.cases.casefile.api.FindCaseByRegistrationReferenceQuery;
import nl.perspectief.cases.casefile.api.FindCaseQuery;

/** Cases as JSON. Every read is written to the access log, whatever its outcome. */
@RestController
@RequestMapping(CaseController.CASES)
class CaseController {

    static final String CASES = "/api/cases";
    static final String BY_ID = "/{caseId}";
    static final String REFERENCE_FORMAT = "PH-[0-9]{4}-[0-9]{5,10}";
    static final String BY_ID_ENDPOINT = "GET " + CASES + BY_ID;
    static final String BY_REFERENCE_ENDPOINT = "GET " + CASES + "?registrationReference";

    private final QueryGateway queries;
    private final CaseAccessLog accessLog;

    CaseController(QueryGateway queries, CaseAccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    @GetMapping(BY_ID)
    ResponseEntity<CaseView> caseById(@PathVariable UUID caseId) {
        Optional<CaseView> found = queries.query(new FindCaseQuery(caseId),
                ResponseTypes.optionalInstanceOf(CaseView.class)).join();
        accessLog.read(BY_ID_ENDPOINT, caseId,
                found.isPresent() ? CaseAccessLog.Outcome.FOUND : CaseAccessLog.Outcome.NOT_FOUND);
        return ResponseEntity.ok(found.orElseThrow(() -> new CaseNotFoundException(caseId)));
    }

    @GetMapping
    List<CaseView> casesByRegistrationReference(
            @RequestParam @Pattern(regexp = REFERENCE_FORMAT, message = "must look like PH-2026-00042")
            String registrationReference) {
        Optional<CaseView> found = queries.query(new FindCaseByRegistrationReferenceQuery(registrationReference),
                ResponseTypes.optionalInstanceOf(CaseView.class)).join();
        accessLog.read(BY_REFERENCE_ENDPOINT, found.map(CaseView::caseId).orElse(null),
                found.isPresent() ? CaseAccessLog.Outcome.FOUND : CaseAccessLog.Outcome.NOT_FOUND);
        return found.stream().toList();
    }
}
