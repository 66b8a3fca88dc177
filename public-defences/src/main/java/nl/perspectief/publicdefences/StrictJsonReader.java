package nl.perspectief.publicdefences;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.JsonBodyProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a public endpoint's JSON body without stopping at the first field that does not fit: an unknown field, a value
 * outside an enum or a value of the wrong type is noted, the field left empty, and binding goes on, so that the answer
 * can name every bad field at once together with the rules checked afterwards (Bean Validation). Only JSON that is not
 * well-formed (or beyond the parser's limits, or with a control character in a text) stops it. Unknown fields are
 * refused whatever the mapper's own setting. Problems name fields and rules, never the rejected value. Moved here from
 * intake-service's RegistrationRequestReader.
 *
 * @param <T> the request record
 */
public final class StrictJsonReader<T> {

    /** The request as far as it could be bound ({@code value} null when not at all), and what could not be. */
    public record Bound<T>(T value, List<FieldProblem> problems) {
    }

    private final ObjectReader reader;
    private final String what;

    /**
     * @param json the web's mapper (http-problems makes it strict about types, duplicates and trailing content)
     * @param what how the body is called in a problem's message: "is not a field of {@code what}"
     */
    public StrictJsonReader(JsonMapper json, Class<T> type, String what) {
        this.reader = json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.what = what;
    }

    public Bound<T> read(byte[] body) {
        if (body == null || body.length == 0) {
            return new Bound<>(null, List.of(new FieldProblem("$", "Required", "a JSON request body is required")));
        }
        Collecting collecting = new Collecting(what);
        try {
            T value = reader.withHandler(collecting).readValue(body);
            if (value == null) {
                return new Bound<>(null, List.of(new FieldProblem("$", "Type", "must be a JSON object")));
            }
            return new Bound<>(value, List.copyOf(collecting.problems));
        } catch (JacksonException unreadable) {
            // not well-formed, beyond the parser's limits, or a value the handler below could not set aside;
            // the exception's message quotes the input and goes nowhere
            return new Bound<>(null, List.of(JsonBodyProblems.of(unreadable)));
        }
    }

    /** One per request: the handler keeps what it found. */
    private static final class Collecting extends DeserializationProblemHandler {

        private final String what;
        private final List<FieldProblem> problems = new ArrayList<>();

        Collecting(String what) {
            this.what = what;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) {
            problems.add(new FieldProblem(pathOf(p), "UnknownField", "is not a field of " + what));
            p.skipChildren();
            return true;
        }

        /** An object where a string, number or array stands (or the reverse): noted, the field left empty. */
        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsta,
                                                JsonParser p, String msg) {
            problems.add(new FieldProblem(pathOf(p), "Type", "must be " + JsonBodyProblems.describe(instClass)));
            p.skipChildren();
            return null;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
            problems.add(targetType.isEnum()
                    ? new FieldProblem(pathOf(ctxt.getParser()), "AllowedValues", "must be one of: "
                    + JsonBodyProblems.allowedValues(targetType))
                    : new FieldProblem(pathOf(ctxt.getParser()), "Type", "must be " + JsonBodyProblems.describe(targetType)));
            return emptyValueOf(targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
            problems.add(new FieldProblem(pathOf(ctxt.getParser()), targetType.isEnum() ? "AllowedValues" : "Type",
                    targetType.isEnum() ? "must be one of: " + JsonBodyProblems.allowedValues(targetType)
                            : "must be " + JsonBodyProblems.describe(targetType)));
            return emptyValueOf(targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token, JsonParser p,
                                            String failureMsg) {
            Class<?> type = targetType.getRawClass();
            problems.add(new FieldProblem(pathOf(p), type.isEnum() ? "AllowedValues" : "Type",
                    type.isEnum() ? "must be one of: " + JsonBodyProblems.allowedValues(type)
                            : "must be " + JsonBodyProblems.describe(type)));
            p.skipChildren();
            return emptyValueOf(type);
        }

        /** A field left empty; a primitive gets its default (false, 0), as a missing one would. */
        private static Object emptyValueOf(Class<?> type) {
            return type.isPrimitive() ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0) : null;
        }
    }

    /** The JSON path of the value the parser stands on, such as {@code applicant.email}. */
    static String pathOf(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        TokenStreamContext context = parser.streamReadContext();
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
            // the parser has already entered the value it could not bind
            context = context.getParent();
        }
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                parts.push("[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.currentName() != null) {
                parts.push(context.currentName());
            }
        }
        String path = String.join(".", parts).replace(".[", "[");
        return path.isEmpty() ? "$" : path;
    }
}
