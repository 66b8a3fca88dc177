package nl.perspectief.accesslog.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.perspectief.accesslog.AccessOutcome;
import nl.perspectief.accesslog.AccessedResource;
import nl.perspectief.accesslog.InvalidAccessLogQueryException;
import nl.perspectief.accesslog.InvalidAccessLogQueryException.InvalidParameter;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.Problems;

/** problem+json (RFC 9457) for a search of the access log that cannot be answered, every bad parameter named. */
@RestControllerAdvice(assignableTypes = AccessLogController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1) // before the services' fallback for malformed requests (http-problems)
public class AccessLogProblems {

    private final AccessLogController controller;

    AccessLogProblems(AccessLogController controller) {
        this.controller = controller;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidQuery(InvalidAccessLogQueryException exception) {
        // the controller logged this refusal already, with the case it was about
        return invalid(exception.errors());
    }

    /** A parameter of the wrong type never reaches the controller, so its refusal is logged here. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> parameterOfWrongType(MethodArgumentTypeMismatchException exception) {
        controller.append(null, AccessedResource.ACCESS_LOG, AccessOutcome.REJECTED);
        String expected = exception.getRequiredType() == null ? "another type" : exception.getRequiredType().getSimpleName();
        return invalid(List.of(new InvalidParameter(exception.getName(), "Type", "must be of type " + expected)));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<InvalidParameter> errors) {
        return Problems.respond(Problems.invalid("validation", "The search of the access log has invalid parameters.",
                errors.stream().map(e -> new FieldProblem(e.field(), e.rule(), e.message())).toList()));
    }
}
