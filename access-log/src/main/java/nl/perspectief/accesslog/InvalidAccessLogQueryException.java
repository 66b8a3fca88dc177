package nl.perspectief.accesslog;

import java.util.List;
import java.util.stream.Collectors;

/** A search of the access log that cannot be answered; names every bad parameter. */
public class InvalidAccessLogQueryException extends IllegalArgumentException {

    private final List<InvalidParameter> errors;

    InvalidAccessLogQueryException(List<InvalidParameter> errors) {
        super(errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<InvalidParameter> errors() {
        return errors;
    }

    /** As in every problem+json answer of the platform: {@code {field, rule, message}}. */
    public record InvalidParameter(String field, String rule, String message) {
    }
}
