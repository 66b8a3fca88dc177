package nl.perspectief.problems;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * What was wrong with a JSON body, from the exception Jackson threw reading it: the path of the value and the
 * rule, never the exception's message (Jackson quotes the offending value there).
 */
public final class JsonBodyProblems {

    private JsonBodyProblems() {
    }

    /**
     * What the reading of a body failed on, from the causes of {@code failure}: bytes that are not UTF-8, or the
     * first Jackson exception; null when it is neither.
     */
    public static FieldProblem of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedUtf8Exception) {
                return new FieldProblem("$", "Utf8", "is not valid UTF-8");
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return of(json);
            }
        }
        return null;
    }

    public static FieldProblem of(JacksonException failure) {
        if (failure.getCause() instanceof MalformedUtf8Exception) {
            return new FieldProblem("$", "Utf8", "is not valid UTF-8");
        }
        String field = pathOf(failure);
        if (failure instanceof StreamConstraintsException) {
            return new FieldProblem(field, "JsonLimits",
                    "goes beyond what this service reads (nesting depth, or the length of a number, string or name)");
        }
        if (failure instanceof UnrecognizedPropertyException) {
            return new FieldProblem(field, "UnknownField", "is not a field of this request");
        }
        if (failure instanceof InvalidNullException) {
            return new FieldProblem(field, "NotNull", "must not be null");
        }
        if (failure instanceof TextWithoutControlCharacters.ControlCharacterException) {
            return new FieldProblem(field, "ControlCharacter",
                    "must not hold control characters (tab, line feed and carriage return are fine)");
        }
        if (failure instanceof ValueInstantiationException) {
            return new FieldProblem(field, "Invalid", "is not a valid value here");
        }
        if (failure instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            return target != null && target.isEnum()
                    ? new FieldProblem(field, "AllowedValues", "must be one of: " + allowedValues(target))
                    : new FieldProblem(field, "Type", "must be " + describe(target));
        }
        if (failure instanceof InputCoercionException) {
            return new FieldProblem(field, "Type", "is a number outside the range this field takes");
        }
        if (failure instanceof StreamReadException malformed) {
            // the body as a whole is no JSON, wherever the parser stood when it noticed
            return new FieldProblem("$", "MalformedJson", "is not well-formed JSON"
                    + (malformed.getLocation() == null ? "" : " (line " + malformed.getLocation().getLineNr()
                    + ", column " + malformed.getLocation().getColumnNr() + ")")
                    + "; a field named twice in one object counts as malformed");
        }
        return new FieldProblem(field, "Invalid", "cannot be read as this request");
    }

    /** The JSON path of the failure, such as {@code applicant.email} or {@code parties[2].role}; {@code $} for the body. */
    public static String pathOf(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    /** What a value of this type is, in a person's words. */
    public static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != char.class)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of: " + allowedValues(type);
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase()
                    + ", as a string";
        }
        return "a " + type.getSimpleName();
    }

    public static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }
}
