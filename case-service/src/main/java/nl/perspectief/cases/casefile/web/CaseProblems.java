package nl.perspectief.cases.casefile.web;

import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.ProblemExceptionHandler;
import nl.perspectief.problems.Problems;

/**
 * The refused reads of a case, in the services' problem vocabulary (the shared handler answers the malformed
 * requests alike), each with an access log record: a refused attempt is an access attempt too.
 */
@RestControllerAdvice(assignableTypes = CaseController.class, annotations = CaseReadingApi.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the shared fallback
class CaseProblems extends ProblemExceptionHandler {

    private static final Map<String, AccessedResource> COMPLIANCE_READINGS = Map.of(
            "/history", AccessedResource.CASE_HISTORY, "/as-of", AccessedResource.CASE_AS_OF,
            "/consent-proof", AccessedResource.CONSENT_PROOF, "/export.", AccessedResource.CASE_EXPORT,
            "/consent-audits", AccessedResource.CONSENT_AUDIT);

    private final CaseAccessLog accessLog;

    CaseProblems(CaseAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** Also a case that exists but that the caller may not know of: the same words, so nothing tells them apart. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> caseNotFound(CaseNotFoundException exception) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                "There is no case " + exception.caseId() + "."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> readForbidden(ReadForbiddenException exception) {
        return Problems.respond(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", exception.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> malformedPathVariable(MethodArgumentTypeMismatchException exception,
                                                        HttpServletRequest request) {
        ProblemDetail problem = exception.getRequiredType() == Instant.class
                ? Problems.invalid("validation", "The request names a moment in a form that cannot be one.",
                        List.of(new FieldProblem(exception.getName(), "Type",
                                "must be an ISO-8601 instant, such as 2026-05-11T12:00:00Z")))
                : Problems.invalid("validation", "The request names a case in a form that cannot be one.",
                        List.of(new FieldProblem(exception.getName(), "UUID", "must be a UUID")));
        refused(request, problem);
        return Problems.respond(problem);
    }

    /** Any malformed read by a member of staff is a rejected attempt at case data. */
    @Override
    protected void refused(HttpServletRequest request, ProblemDetail problem) {
        CaseAccessLog.Actor actor = Actors.current();
        if (actor != null) {
            accessLog.read(actor, null, resourceOf(request), AccessOutcome.REJECTED);
        }
    }

    /** What was asked for, from the endpoint as the controller maps it, never the raw URI, which may hold anything. */
    private static AccessedResource resourceOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if ((CaseController.CASES + CaseController.BY_ID).equals(pattern)) {
            return AccessedResource.CASE_DETAIL;
        }
        if ((CaseController.CASES + CaseController.TIMELINE).equals(pattern)) {
            return AccessedResource.CASE_TIMELINE;
        }
        if (pattern instanceof String endpoint) {
            // compliance's readings of a case, in its own package (CaseReadingApi)
            for (var reading : COMPLIANCE_READINGS.entrySet()) {
                if (endpoint.contains(reading.getKey())) {
                    return reading.getValue();
                }
            }
        }
        return request.getParameter("registrationReference") != null
                ? AccessedResource.CASE_BY_REFERENCE : AccessedResource.CASE_LIST;
    }
}
