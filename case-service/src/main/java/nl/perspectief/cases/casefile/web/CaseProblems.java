package nl.perspectief.cases.casefile.web;

import nl.perspectief.cases.access.web.Actors;
import nl.perspectief.cases.access.web.CaseAccessLog;
import nl.perspectief.cases.access.web.ReadForbiddenException;
import java.util.List;

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
        ProblemDetail problem = Problems.invalid("validation", "The request names a case in a form that cannot be one.",
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
        return request.getParameter("registrationReference") != null
                ? AccessedResource.CASE_BY_REFERENCE : AccessedResource.CASE_LIST;
    }
}
