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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.cases.access.CaseAccessPolicy.Part;
import nl.perspectief.cases.access.CaseAccessPolicy;
import nl.perspectief.cases.access.web.ActingStaffMember;
import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import nl.perspectief.cases.casefile.api.CaseDetailView;
import nl.perspectief.cases.casefile.api.CaseListView;
import nl.perspectief.cases.casefile.api.CaseStatus;
import nl.perspectief.cases.casefile.api.CaseStatusView;
import nl.perspectief.cases.casefile.api.CaseTimelineView;
import nl.perspectief.cases.casefile.api.CaseView;
import nl.perspectief.cases.casefile.api.FindCaseByRegistrationReferenceQuery;
import nl.perspectief.cases.casefile.api.FindCasesQuery;
import nl.perspectief.cases.casefile.api.IncidentCategory;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.steps.ExpectedVersion;
import nl.perspectief.security.StaffRole;

/**
 * Cases as JSON: the list, the detail and the timeline, each as far as {@link CaseAccessPolicy} lets the
 * signed-in member of staff read it. Every read is appended to the access log before it is answered,
 * whatever its outcome. Enumerated filters are checked as patterns, so a wrong value is refused with
 * the allowed ones named (CaseProblems turns a failed constraint into problem+json).
 */
@RestController
@RequestMapping(CaseController.CASES)
public class CaseController {

    public static final String CASES = "/api/cases";
    static final String BY_ID = "/{caseId}";
    /** Both GET /api/cases, with and without registrationReference, are one operation in the API's description. */
    private static final String LIST_SUMMARY = "The case list, or the case opened from a registration";
    private static final String LIST_DESCRIPTION = "The list has no personal data; waiting=true lists the cases whose "
            + "follow-up deadline has passed. With registrationReference (and no other parameter): the case opened from "
            + "that registration, as a list of none or one; a case the caller may not know of is none.";
    static final String TIMELINE = "/{caseId}/timeline";
    static final String REFERENCE_FORMAT = "PH-[0-9]{4}-[0-9]{5,10}";
    // kept equal to the enums' names by CaseControllerFiltersTest
    static final String STATUSES = "AWAITING_TRIAGE|DECLINED|AWAITING_MEDIATOR|IN_PROGRESS|CLOSED";
    static final String CATEGORIES = "SEXUAL_TRANSGRESSION|NUDE_IMAGE_LEAK|THREAT_OR_INTIMIDATION|THEFT_OR_FRAUD"
            + "|TRAFFIC_ACCIDENT|VIOLENCE|HOMICIDE|SPORTS_TRANSGRESSION|OTHER";

    private final QueryGateway queries;
    private final CaseAccessLog accessLog;
    private final ActingStaffMember acting;
    private final CaseAccessPolicy policy;
    private final CaseReading reading;

    CaseController(QueryGateway queries, CaseAccessLog accessLog, ActingStaffMember acting, CaseAccessPolicy policy,
                   CaseReading reading) {
        this.queries = queries;
        this.accessLog = accessLog;
        this.acting = acting;
        this.policy = policy;
        this.reading = reading;
    }

    /**
     * The case with its version as a strong ETag, for the commands' {@code If-Match}; the desk's after triage reduced.
     */
    @Operation(summary = "A case", description = "The case with the applicant, the other party as far as known, the "
            + "incident, the story, the referrer, the parties, the active consents, meetings, the message exchange, the "
            + "outcome shares and the next step. The desk sees a case after triage as its status and mediator only; a "
            + "mediator's colleague's case answers 404 as a case that does not exist.")
    @ApiResponse(responseCode = "200", description = "The case, whole or as status and mediator",
            headers = @Header(name = "ETag", description = "The case's version, for the steps' If-Match"),
            content = @Content(mediaType = "application/json", schema = @Schema(
                    oneOf = {CaseDetailView.class, CaseStatusView.class})))
    @GetMapping(BY_ID)
    ResponseEntity<?> caseById(@PathVariable UUID caseId, HttpServletRequest request) {
        return switch (reading.detail(acting.of(request), caseId)) {
            case CaseReading.StatusAndMediator reduced ->
                    ResponseEntity.ok().eTag(ExpectedVersion.etagOf(reduced.view().version())).body(reduced.view());
            case CaseReading.Whole whole ->
                    ResponseEntity.ok().eTag(ExpectedVersion.etagOf(whole.view().version())).body(whole.view());
        };
    }

    @Operation(summary = "A case's timeline", description = "Every step in order, who and when, and which consents "
            + "held after it.")
    @GetMapping(TIMELINE)
    CaseTimelineView timeline(@PathVariable UUID caseId, HttpServletRequest request) {
        return reading.timeline(acting.of(request), caseId).view();
    }

    /** The case opened from a registration, as a list of none or one; a case the caller may not know of is none. */
    @Operation(summary = LIST_SUMMARY, description = LIST_DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "None or one case", content = @Content(
            mediaType = "application/json", array = @ArraySchema(schema = @Schema(oneOf = {CaseView.class,
            CaseStatusView.class}))))
    @GetMapping(params = "registrationReference")
    List<?> casesByRegistrationReference(
            @RequestParam @Pattern(regexp = REFERENCE_FORMAT, message = "must look like PH-2026-00042")
            String registrationReference, HttpServletRequest request) {
        StaffMember who = acting.of(request);
        Optional<CaseView> found = queries.query(new FindCaseByRegistrationReferenceQuery(registrationReference),
                ResponseTypes.optionalInstanceOf(CaseView.class)).join();
        if (found.isEmpty()) {
            if (who.role() == StaffRole.TRAINER || who.role() == StaffRole.ADMIN) {
                accessLog.read(Actors.of(who), null, AccessedResource.CASE_BY_REFERENCE, AccessOutcome.FORBIDDEN);
                throw new ReadForbiddenException();
            }
            accessLog.read(Actors.of(who), null, AccessedResource.CASE_BY_REFERENCE, AccessOutcome.NOT_FOUND);
            return List.of();
        }
        UUID caseId = found.get().caseId();
        Optional<CaseStatusView> kase = reading.statusOf(caseId);
        Optional<UUID> grant = reading.breakGlassGrant(who, kase);
        switch (policy.toRead(who, kase.orElse(null), Part.DETAIL, grant.isPresent())) {
            case FORBIDDEN -> {
                accessLog.read(Actors.of(who), caseId, AccessedResource.CASE_BY_REFERENCE, AccessOutcome.FORBIDDEN);
                throw new ReadForbiddenException();
            }
            case AS_IF_ABSENT -> {
                accessLog.read(Actors.of(who), caseId, AccessedResource.CASE_BY_REFERENCE, AccessOutcome.FORBIDDEN);
                return List.of();
            }
            case STATUS_AND_MEDIATOR -> {
                accessLog.read(Actors.of(who), caseId, AccessedResource.CASE_BY_REFERENCE, AccessOutcome.ALLOWED);
                return List.of(kase.get());
            }
            default -> {
                reading.logRead(who, caseId, AccessedResource.CASE_BY_REFERENCE, grant, true);
                return List.of(found.get());
            }
        }
    }

    /** The list, as {@link CaseReading#list} reads it. */
    @Operation(summary = LIST_SUMMARY, description = LIST_DESCRIPTION)
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
            @RequestParam(defaultValue = "" + FindCasesQuery.DEFAULT_SIZE) @Min(1) @Max(FindCasesQuery.MAX_SIZE) int size,
            HttpServletRequest request) {
        return reading.list(acting.of(request), status == null ? null : CaseStatus.valueOf(status), mediator,
                category == null ? null : IncidentCategory.valueOf(category), Boolean.parseBoolean(waiting), page,
                size);
    }
}
