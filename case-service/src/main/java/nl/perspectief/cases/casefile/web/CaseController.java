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

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseListView;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.CaseView;
import nl.perspectief.cases.casefile.api.FindCaseByRegistrationReferenceQuery;
import nl.perspectief.cases.casefile.api.FindCaseDetailQuery;
import nl.perspectief.cases.casefile.api.FindCaseTimelineQuery;
import nl.perspectief.cases.casefile.api.FindCasesQuery;
import nl.perspectief.events.intake.v1.IncidentCategory;

/**
 * Cases as JSON: the list, the detail and the timeline. Every read is written to the access log,
 * whatever its outcome. Enumerated filters are checked as patterns, so a wrong value is refused with
 * the allowed ones named (CaseProblems turns a failed constraint into problem+json).
 */
@RestController
@RequestMapping(CaseController.CASES)
class CaseController {

    static final String CASES = "/api/cases";
    static final String BY_ID = "/{caseId}";
    static final String TIMELINE = "/{caseId}/timeline";
    static final String REFERENCE_FORMAT = "PH-[0-9]{4}-[0-9]{5,10}";
    static final String BY_ID_ENDPOINT = "GET " + CASES + BY_ID;
    static final String BY_REFERENCE_ENDPOINT = "GET " + CASES + "?registrationReference";
    static final String LIST_ENDPOINT = "GET " + CASES;
    static final String TIMELINE_ENDPOINT = "GET " + CASES + TIMELINE;
    // kept equal to the enums' names by CaseControllerFiltersTest
    static final String STATUSES = "AWAITING_TRIAGE|DECLINED|AWAITING_MEDIATOR|IN_PROGRESS|CLOSED";
    static final String CATEGORIES = "SEXUAL_TRANSGRESSION|NUDE_IMAGE_LEAK|THREAT_OR_INTIMIDATION|THEFT_OR_FRAUD"
            + "|TRAFFIC_ACCIDENT|VIOLENCE|HOMICIDE|SPORTS_TRANSGRESSION|OTHER";

    private final QueryGateway queries;
    private final CaseAccessLog accessLog;

    CaseController(QueryGateway queries, CaseAccessLog accessLog) {
        this.queries = queries;
        this.accessLog = accessLog;
    }

    /** The case with its version as a strong ETag, for the commands' {@code If-Match}. */
    @GetMapping(BY_ID)
    ResponseEntity<CaseDetailView> caseById(@PathVariable UUID caseId) {
        Optional<CaseDetailView> found = queries.query(new FindCaseDetailQuery(caseId),
                ResponseTypes.optionalInstanceOf(CaseDetailView.class)).join();
        accessLog.read(BY_ID_ENDPOINT, caseId,
                found.isPresent() ? CaseAccessLog.Outcome.FOUND : CaseAccessLog.Outcome.NOT_FOUND);
        CaseDetailView view = found.orElseThrow(() -> new CaseNotFoundException(caseId));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }

    @GetMapping(TIMELINE)
    CaseTimelineView timeline(@PathVariable UUID caseId) {
        CaseTimelineView timeline = queries.query(new FindCaseTimelineQuery(caseId),
                ResponseTypes.instanceOf(CaseTimelineView.class)).join();
        accessLog.read(TIMELINE_ENDPOINT, caseId,
                timeline.entries().isEmpty() ? CaseAccessLog.Outcome.NOT_FOUND : CaseAccessLog.Outcome.FOUND);
        if (timeline.entries().isEmpty()) {
            throw new CaseNotFoundException(caseId);
        }
        return timeline;
    }

    @GetMapping(params = "registrationReference")
    List<CaseView> casesByRegistrationReference(
            @RequestParam @Pattern(regexp = REFERENCE_FORMAT, message = "must look like PH-2026-00042")
            String registrationReference) {
        Optional<CaseView> found = queries.query(new FindCaseByRegistrationReferenceQuery(registrationReference),
                ResponseTypes.optionalInstanceOf(CaseView.class)).join();
        accessLog.read(BY_REFERENCE_ENDPOINT, found.map(CaseView::caseId).orElse(null),
                found.isPresent() ? CaseAccessLog.Outcome.FOUND : CaseAccessLog.Outcome.NOT_FOUND);
        return found.stream().toList();
    }

    /** The list holds no personal data, so one access line covers the page. */
    @GetMapping
    CaseListView cases(
            @RequestParam(required = false) @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES)
            String status,
            @RequestParam(required = false) @Size(min = 1, max = 64) String mediator,
            @RequestParam(required = false) @Pattern(regexp = CATEGORIES, message = "must be one of " + CATEGORIES)
            String category,
            @RequestParam(defaultValue = "false") @Pattern(regexp = "true|false", message = "must be true or false")
            String waiting,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "" + FindCasesQuery.DEFAULT_SIZE) @Min(1) @Max(FindCasesQuery.MAX_SIZE) int size) {
        CaseListView list = queries.query(new FindCasesQuery(
                        status == null ? null : CaseStatus.valueOf(status),
                        mediator,
                        category == null ? null : IncidentCategory.valueOf(category),
                        Boolean.parseBoolean(waiting), page, size),
                ResponseTypes.instanceOf(CaseListView.class)).join();
        accessLog.read(LIST_ENDPOINT, null,
                list.cases().isEmpty() ? CaseAccessLog.Outcome.NOT_FOUND : CaseAccessLog.Outcome.FOUND);
        return list;
    }
}
