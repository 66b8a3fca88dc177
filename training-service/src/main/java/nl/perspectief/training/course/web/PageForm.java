package nl.perspectief.training.course.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

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
 * A page's form read as the API reads its body: the fields become the API's request record, read by the web's strict
 * mapper and checked by the same constraints, so a form and a request are refused alike. With a browser's ways: an
 * empty field is a field not given (a part whose fields are all empty is no part), {@code participant.name} is a field
 * of a part, {@code days[1].date} a field of the second of a list of parts, a box not ticked is {@code false}, a
 * decimal may have a comma, a {@code datetime-local} value is a moment on the organisation's calendar, and a number
 * for a duration is hours.
 */
@Component
public class PageForm {

    private static final Pattern VERSION = Pattern.compile("0|[1-9][0-9]{0,17}");

    /** The web's mapper, as strict as the API's reading of a body (http-problems). */
    private final JsonMapper json;
    private final Validator validator;

    PageForm(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** @throws InvalidFormException naming each field that is wrong */
    public <T> T read(Map<String, String[]> fields, Class<T> type) {
        ObjectNode body = part("", type, fields);
        T form;
        try {
            form = json.treeToValue(body == null ? json.createObjectNode() : body, type);
        } catch (JacksonException unreadable) {
            throw new InvalidFormException(List.of(JsonBodyProblems.of(unreadable)));
        }
        checked(form);
        return form;
    }

    /** @throws InvalidFormException naming each field that breaks a constraint of the record */
    public <T> T checked(T form) {
        List<FieldProblem> errors = validator.validate(form).stream()
                .map(PageForm::fieldProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidFormException(errors);
        }
        return form;
    }

    /** The version the form was made from, as {@code If-Match} carries it for the API. */
    public static long version(Map<String, String[]> fields) {
        String[] values = fields.get("version");
        if (values == null || values.length != 1 || !VERSION.matcher(values[0]).matches()) {
            throw new InvalidFormException(List.of(new FieldProblem("version", "Version",
                    "must be the version the form was made from")));
        }
        return Long.parseLong(values[0]);
    }

    /** The fields under {@code prefix} as an object of {@code type}'s components, or null when none was filled in. */
    private ObjectNode part(String prefix, Class<?> type, Map<String, String[]> fields) {
        ObjectNode node = json.createObjectNode();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            Class<?> kind = component.getType();
            if (kind.isRecord()) {
                ObjectNode nested = part(name + ".", kind, fields);
                if (nested != null) {
                    node.set(component.getName(), nested);
                }
            } else if (List.class.isAssignableFrom(kind)) {
                ArrayNode list = list(name, elementOf(component.getGenericType()), fields);
                if (list != null) {
                    node.set(component.getName(), list);
                }
            } else if (kind == Boolean.class || kind == boolean.class) {
                if (fields.containsKey(name)) {
                    node.put(component.getName(), values(fields, name).contains("true"));
                }
            } else {
                List<String> values = values(fields, name);
                if (!values.isEmpty()) {
                    node.set(component.getName(), value(kind, values.getFirst()));
                }
            }
        }
        return node.isEmpty() ? null : node;
    }

    private ArrayNode list(String name, Class<?> element, Map<String, String[]> fields) {
        ArrayNode list = json.createArrayNode();
        if (element.isRecord()) {
            Pattern indexed = Pattern.compile(Pattern.quote(name) + "\\[(\\d{1,3})]\\..*");
            TreeSet<Integer> indexes = new TreeSet<>();
            for (String field : fields.keySet()) {
                Matcher matcher = indexed.matcher(field);
                if (matcher.matches()) {
                    indexes.add(Integer.parseInt(matcher.group(1)));
                }
            }
            for (int index : indexes) {
                ObjectNode item = part(name + "[" + index + "].", element, fields);
                if (item != null) {
                    list.add(item);
                }
            }
        } else {
            values(fields, name).forEach(value -> list.add(value(element, value)));
        }
        return list.isEmpty() && !fields.containsKey(name) ? null : list;
    }

    private JsonNode value(Class<?> type, String text) {
        String value = text.strip();
        try {
            if (type == Integer.class || type == int.class) {
                return json.getNodeFactory().numberNode(Integer.parseInt(value));
            }
            if (type == Long.class || type == long.class) {
                return json.getNodeFactory().numberNode(Long.parseLong(value));
            }
            if (type == BigDecimal.class) {
                return json.getNodeFactory().numberNode(new BigDecimal(value.replace(',', '.')));
            }
        } catch (NumberFormatException notANumber) {
            return json.getNodeFactory().stringNode(value);
        }
        if (type == Instant.class) {
            return json.getNodeFactory().stringNode(TrainerPageCalendar.instantOf(value).map(Instant::toString).orElse(value));
        }
        if (type == Duration.class && value.matches("\\d{1,5}")) {
            return json.getNodeFactory().stringNode(Duration.ofHours(Long.parseLong(value)).toString());
        }
        return json.getNodeFactory().stringNode(value);
    }

    private static List<String> values(Map<String, String[]> fields, String name) {
        return Arrays.stream(fields.getOrDefault(name, new String[0])).filter(Objects::nonNull)
                .filter(StringUtils::hasText).toList();
    }

    private static Class<?> elementOf(Type list) {
        if (list instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return String.class;
    }

    private static FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        return new FieldProblem(violation.getPropertyPath().toString(),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }
}
