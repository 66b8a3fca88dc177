package nl.perspectief.intake.registration.web;

import java.util.Arrays;
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
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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
        FieldProblem problem = switch (e.getCause()) {
            case UnrecognizedPropertyException unknown -> new FieldProblem(pathOf(unknown), "UnknownField",
                    "is not a field of a registration");
            case InvalidFormatException format when format.getTargetType() != null && format.getTargetType().isEnum() ->
                    new FieldProblem(pathOf(format), "AllowedValues", "must be one of: " + allowedValues(format.getTargetType()));
            case MismatchedInputException mismatch when !mismatch.getPath().isEmpty() -> new FieldProblem(pathOf(mismatch),
                    "Type", "must be " + describe(mismatch.getTargetType()));
            case StreamReadException malformed -> new FieldProblem("$", "MalformedJson",
                    "is not well-formed JSON" + locationOf(malformed));
            case null -> new FieldProblem("$", "Required", "a JSON request body is required");
            default -> new FieldProblem("$", "MalformedJson", "could not be read as a registration");
        };
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

    static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
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

    private static String locationOf(StreamReadException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
