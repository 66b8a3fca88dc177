package nl.perspectief.intake.registration.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.perspectief.intake.registration.command.IdempotencyKeyReusedException;
import nl.perspectief.intake.registration.command.RegistrationRuleException;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.ProblemExceptionHandler;
import nl.perspectief.problems.Problems;

/**
 * The registration's own refusals, in the services' problem vocabulary ({@link ProblemExceptionHandler} answers
 * the rest alike). Messages name fields and rules, never the rejected values: those may be personal data.
 */
@RestControllerAdvice(assignableTypes = RegistrationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the shared fallback, which does not know a registration's rules
class RegistrationProblems extends ProblemExceptionHandler {

    static final String INVALID_REGISTRATION = "invalid-registration";
    private static final Logger log = LoggerFactory.getLogger(RegistrationProblems.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidRegistrationException e) {
        return invalidRegistration(e.problems());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleBroken(RegistrationRuleException e) {
        return invalidRegistration(List.of(new FieldProblem(e.field(), e.rule(), e.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problems.respond(Problems.ruleBroken(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "IdempotencyKeyReused", HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase(),
                "this Idempotency-Key was used before with a different request; use a new key for a new registration"));
    }

    static ResponseEntity<ProblemDetail> invalidRegistration(List<FieldProblem> problems) {
        log.info("Registration refused: {}", problems.stream()
                .map(p -> p.field() + " " + p.rule()).collect(Collectors.joining(", ")));
        return Problems.respond(Problems.invalid(INVALID_REGISTRATION,
                "the registration has " + problems.size() + " invalid field(s)", problems));
    }
}
