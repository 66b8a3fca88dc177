package nl.perspectief.cases.casefile.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;

/**
 * problem+json (RFC 9457) for every refused read of a case, with the bad fields named, and an access
 * log record for it: a refused attempt is an access attempt too.
 */
@RestControllerAdvice(assignableTypes = CaseController.class)
class CaseProblems extends ResponseEntityExceptionHandler {

    private static final URI VALIDATION = URI.create("https://perspectief.nl/problems/validation");
    private static final URI CASE_NOT_FOUND = URI.create("https://perspectief.nl/problems/case-not-found");

    private final CaseAccessLog accessLog;

    CaseProblems(CaseAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** Also a case that exists but that the caller may not know of: the same words, so nothing tells them apart. */
    @ExceptionHandler
    ProblemDetail caseNotFound(CaseNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no case " + exception.caseId() + ".");
        problem.setType(CASE_NOT_FOUND);
        problem.setTitle("Case not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail readForbidden(ReadForbiddenException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, exception.getMessage());
        problem.setType(URI.create("https://perspectief.nl/problems/forbidden"));
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<Object> malformedPathVariable(MethodArgumentTypeMismatchException exception, WebRequest request) {
        return invalid(request, new FieldError(exception.getName(), "UUID", "must be a UUID"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(request, new FieldError(exception.getParameterName(), "Required", "is required"));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException exception,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = exception.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                ruleOf(error.getCodes()), error.getDefaultMessage())))
                .toList();
        return invalid(request, errors.toArray(FieldError[]::new));
    }

    private ResponseEntity<Object> invalid(WebRequest request, FieldError... errors) {
        CaseAccessLog.Actor actor = Actors.current();
        if (actor != null) {
            accessLog.read(actor, null, resourceOf(request), AccessOutcome.REJECTED);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request names a case in a form that cannot be one.");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(errors));
        return ResponseEntity.badRequest().body(problem);
    }

    /** What was asked for, from the endpoint as the controller maps it, never the raw URI, which may hold anything. */
    private static AccessedResource resourceOf(WebRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, WebRequest.SCOPE_REQUEST);
        if ((CaseController.CASES + CaseController.BY_ID).equals(pattern)) {
            return AccessedResource.CASE_DETAIL;
        }
        if ((CaseController.CASES + CaseController.TIMELINE).equals(pattern)) {
            return AccessedResource.CASE_TIMELINE;
        }
        return request.getParameter("registrationReference") != null
                ? AccessedResource.CASE_BY_REFERENCE : AccessedResource.CASE_LIST;
    }

    /** The constraint's simple name (the last of its message codes), such as {@code Pattern}. */
    private static String ruleOf(String[] codes) {
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }

    record FieldError(String field, String rule, String message) {
    }
}
