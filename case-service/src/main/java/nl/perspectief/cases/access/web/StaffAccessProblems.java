package nl.perspectief.cases.access.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.perspectief.problems.Problems;

/**
 * problem+json for what is decided about the caller rather than the request, on every controller of the
 * service (the access log's too): who they are, and whether their look at case data could be logged.
 * First in line, so no controller's own catch-all turns these into another answer. The pages answer these
 * with pages (PageProblems).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffAccessProblems {

    private static final Logger log = LoggerFactory.getLogger(StaffAccessProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noActingStaffMember(NoActingStaffMemberException exception) {
        return problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized", exception.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noSingleStaffRole(NoSingleStaffRoleException exception) {
        return problem(HttpStatus.FORBIDDEN, exception.type(), "Forbidden", exception.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> breakGlassIsReadOnly(BreakGlassIsReadOnlyException exception) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.FORBIDDEN, "break-glass-read-only",
                "Break-glass access is read-only", exception.getMessage());
        answer.getBody().setProperty("rule", "BreakGlassIsReadOnly");
        return answer;
    }

    /** Data that cannot be logged is not shown: the read failed, and says so without internals. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> accessNotLogged(AccessNotLoggedException exception) {
        log.error("a read was refused because the access log could not record it: {}",
                exception.getCause().getClass().getName());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "access-log-unavailable", "Access log unavailable",
                "Case data is shown only once the access is logged, and the access log cannot be written now; try again later.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
        return Problems.respond(Problems.problem(status, type, title, detail));
    }
}
