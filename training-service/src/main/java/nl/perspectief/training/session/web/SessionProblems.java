package nl.perspectief.training.session.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.ProblemExceptionHandler;
import nl.perspectief.problems.Problems;
import nl.perspectief.training.course.api.TrainingRuleException;
import nl.perspectief.training.course.web.InvalidFormException;
import nl.perspectief.training.course.web.TrainingRuleProblems;

/**
 * The refusals of the session API in the services' problem vocabulary (the shared handler answers malformed requests
 * alike): 404 for no such session (or day, or certificate), 422 {@code training-rule} with the rule's name, 409
 * {@code stale-version} naming the current and the expected version, 400 naming the field (a mark, {@code If-Match}),
 * 410 for a certificate whose participant was erased, 503 when the access log cannot be written.
 */
@RestControllerAdvice(assignableTypes = {SessionController.class, ReferralLinkController.class})
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class SessionProblems extends ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(SessionNotFoundException exception) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no such session, day of it or certificate."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownAggregate(AggregateNotFoundException exception) {
        return notFound(null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(TrainingRuleException exception) {
        return TrainingRuleProblems.refused(exception);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleVersionException exception) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "stale-version", "Stale version",
                "The session moved on since the version in If-Match; read it again before this step.");
        problem.setProperty("currentVersion", exception.current());
        problem.setProperty("expectedVersion", exception.expected());
        return Problems.respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidFormException exception) {
        return Problems.respond(Problems.invalid("validation", "The request is invalid; see errors.",
                exception.errors()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ifMatch(IfMatch.MalformedIfMatchException exception) {
        return Problems.respond(Problems.invalid(new FieldProblem("If-Match", "Version",
                "must be one version in quotes, such as \"3\"")));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception) {
        return Problems.respond(Problems.ofStatus(HttpStatus.FORBIDDEN));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> erased(ParticipantErasedException exception) {
        return Problems.respond(Problems.problem(HttpStatus.GONE, "erased", "Erased",
                "This certificate's participant was erased; it can no longer be printed."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> accessNotLogged(SessionAccessLog.AccessNotLoggedException exception) {
        return Problems.respond(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "access-log-unavailable",
                "Access log unavailable", "The read could not be written to the access log, so nothing is shown; "
                        + "try again later."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException exception) {
        log.error("session command failed: {}", exception.getClass().getName());
        return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Step not taken",
                "The step could not be completed now; read the session before trying it again."));
    }
}
