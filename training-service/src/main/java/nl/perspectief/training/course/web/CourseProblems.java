package nl.perspectief.training.course.web;

import org.axonframework.commandhandling.CommandExecutionException;
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

import nl.perspectief.problems.ProblemExceptionHandler;
import nl.perspectief.problems.Problems;
import nl.perspectief.training.course.api.TrainingRuleException;

/**
 * The refusals of the course API in the services' problem vocabulary (the shared handler answers malformed requests
 * alike): 404 for a course not in the catalogue, 422 {@code training-rule} with the rule's name, 403 for a role that
 * runs no courses.
 */
@RestControllerAdvice(assignableTypes = CourseController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class CourseProblems extends ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CourseProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(CourseNotFoundException exception) {
        return Problems.respond(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no such course in the catalogue."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(TrainingRuleException exception) {
        return TrainingRuleProblems.refused(exception);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException exception) {
        return Problems.respond(Problems.ofStatus(HttpStatus.FORBIDDEN));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException exception) {
        log.error("course command failed: {}", exception.getClass().getName());
        return Problems.respond(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "command-failed", "Step not taken",
                "The step could not be completed now; read the course before trying it again."));
    }
}
