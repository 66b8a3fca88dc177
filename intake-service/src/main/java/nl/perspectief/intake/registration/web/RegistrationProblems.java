package nl.perspectief.intake.registration.web;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import nl.perspectief.intake.registration.command.IdempotencyKeyReusedException;
import nl.perspectief.intake.registration.command.RegistrationRuleException;

/**
 * Turns every refusal into {@code application/problem+json}. Messages name fields and rules, never
 * the rejected values: those may be personal data.
 */
@RestControllerAdvice(assignableTypes = RegistrationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's generic problem details, which would not name the field
class RegistrationProblems {

    private static final Logger log = LoggerFactory.getLogger(RegistrationProblems.class);

    @ExceptionHandler
    ResponseEntity<Problem> invalid(InvalidRegistrationException e) {
        return invalidRegistration(e.problems());
    }

    @ExceptionHandler
    ResponseEntity<Problem> ruleBroken(RegistrationRuleException e) {
        return invalidRegistration(List.of(new FieldProblem(e.field(), e.rule(), e.getMessage())));
    }

    @ExceptionHandler
    ResponseEntity<Problem> idempotencyKeyReused(IdempotencyKeyReusedException e) {
        return Problem.of("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
                "this Idempotency-Key was used before with a different request; use a new key for a new registration",
                List.of()).toResponse();
    }

    @ExceptionHandler
    ResponseEntity<Problem> notReadable(HttpMessageNotReadableException e) {
        if (causedByTooLargeBody(e)) {
            return RequestBodyLimitFilter.tooLarge(((RequestBodyTooLargeException) rootOf(e, RequestBodyTooLargeException.class)).limit())
                    .toResponse();
        }
        // the body is read as bytes and bound by RegistrationRequestReader; what fails here is the reading itself
        FieldProblem problem = new FieldProblem("$", "Required", "a readable JSON request body is required");
        return invalidRegistration(List.of(problem));
    }

    @ExceptionHandler
    ResponseEntity<Problem> badPathVariable(MethodArgumentTypeMismatchException e) {
        return Problem.of("invalid-request", HttpStatus.BAD_REQUEST, "the path is not valid",
                List.of(new FieldProblem(e.getName(), "Type", "must be " + describe(e.getRequiredType())))).toResponse();
    }

    private static ResponseEntity<Problem> invalidRegistration(List<FieldProblem> problems) {
        log.info("Registration refused: {}", problems.stream()
                .map(p -> p.field() + " " + p.rule()).collect(Collectors.joining(", ")));
        return Problem.of("invalid-registration", HttpStatus.BAD_REQUEST,
                "the registration has " + problems.size() + " invalid field(s)", problems).toResponse();
    }

    private static boolean causedByTooLargeBody(Throwable e) {
        return rootOf(e, RequestBodyTooLargeException.class) != null;
    }

    private static Throwable rootOf(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isRecord()) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }
}
