package nl.perspectief.cases.steps;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.JsonBodyProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A step's form, read as the JSON API reads its body: the fields become the same JSON document (a field
 * {@code applicant.fullName} is {@code {"applicant": {"fullName": …}}}), read by Jackson into the same request record
 * of {@link CaseCommandRequests} and checked by the same constraints. So the pages and the API refuse the same
 * input with the same field names and rules; the one difference is the browser's: an empty field is a field not
 * given, and a {@code datetime-local} value (no zone) is a time on the organisation's calendar, Europe/Amsterdam.
 */
@Component
public class StepForms {

    private static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final JsonMapper TREES = JsonMapper.builder().build();

    private final Validator validator;
    /** The web's mapper, as strict as the API's reading of a body (http-problems). */
    private final JsonMapper json;

    StepForms(Validator validator, JsonMapper json) {
        this.validator = validator;
        this.json = json;
    }

    /** The form's fields as the API's request record, or the fields that are wrong. */
    public <T> T read(Map<String, String[]> fields, Class<T> type) {
        T body;
        try {
            body = json.treeToValue(tree(fields, type, ""), type);
        } catch (JacksonException wrongType) {
            throw new InvalidFormException(List.of(JsonBodyProblems.of(wrongType)));
        }
        List<FieldProblem> errors = validator.validate(body).stream()
                .map(StepForms::fieldError)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return body;
    }

    /** The version of the case the form was made from, as {@code If-Match} carries it for the API. */
    static ExpectedVersion versionOf(Map<String, String[]> fields) {
        String version = single(fields, "version");
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new InvalidFormException(List.of(new FieldProblem("version", "Version",
                    "must be the version of the case the form was made from")));
        }
        return new ExpectedVersion(Long.parseLong(version));
    }

    public static String single(Map<String, String[]> fields, String name) {
        String[] values = fields.get(name);
        if (values == null) {
            return null;
        }
        return Arrays.stream(values).filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty())
                .findFirst().orElse(null);
    }

    private static ObjectNode tree(Map<String, String[]> fields, Class<?> type, String prefix) {
        ObjectNode node = TREES.createObjectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> componentType = component.getType();
            if (componentType.isRecord()) {
                ObjectNode nested = tree(fields, componentType, name + ".");
                if (!nested.isEmpty()) {
                    node.set(component.getName(), nested);
                }
            } else if (List.class.isAssignableFrom(componentType)) {
                ArrayNode values = TREES.createArrayNode();
                Arrays.stream(fields.getOrDefault(name, new String[0])).filter(Objects::nonNull).map(String::strip)
                        .filter(v -> !v.isEmpty()).forEach(values::add);
                if (!values.isEmpty()) {
                    node.set(component.getName(), values);
                }
            } else {
                String value = single(fields, name);
                if (value != null) {
                    node.set(component.getName(), scalar(value, componentType));
                }
            }
        }
        return node;
    }

    private static JsonNode scalar(String value, Class<?> type) {
        if (type == Boolean.class && ("true".equals(value) || "false".equals(value))) {
            return TREES.getNodeFactory().booleanNode(Boolean.parseBoolean(value));
        }
        if (type == Instant.class && LOCAL_DATE_TIME.matcher(value).matches()) {
            try {
                return TREES.getNodeFactory().stringNode(LocalDateTime.parse(value).atZone(CALENDAR).toInstant().toString());
            } catch (DateTimeParseException noSuchMoment) {
                // 2026-13-45T99:99 has the shape and is no moment; Jackson names the field when it cannot read it
                return TREES.getNodeFactory().stringNode(value);
            }
        }
        return TREES.getNodeFactory().stringNode(value);
    }

    private static FieldProblem fieldError(ConstraintViolation<?> violation) {
        String rule = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldProblem(violation.getPropertyPath().toString().replaceAll("\\[\\d*]", ""), rule,
                violation.getMessage());
    }

    /** The fields that are wrong, each with its rule and the constraint's message in the page's language. */
    public static final class InvalidFormException extends RuntimeException {

        private final transient List<FieldProblem> errors;

        InvalidFormException(List<FieldProblem> errors) {
            super("invalid form: " + errors.stream().map(FieldProblem::field).toList());
            this.errors = List.copyOf(errors);
        }

        public List<FieldProblem> errors() {
            return errors;
        }
    }
}
