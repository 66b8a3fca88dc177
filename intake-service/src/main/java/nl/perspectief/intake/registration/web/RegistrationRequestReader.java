package nl.perspectief.intake.registration.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.perspectief.problems.FieldProblem;
import nl.perspectief.problems.JsonBodyProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds a registration body without stopping at the first field that does not fit: an unknown field,
 * a value outside an enum or a value of the wrong type is noted, the field left empty, and binding goes
 * on, so that the answer can name every bad field at once together with the rules checked afterwards.
 * Only JSON that is not well-formed stops it. Messages name fields and rules, never the rejected value.
 */
@Component
class RegistrationRequestReader {

    private final ObjectReader reader;

    RegistrationRequestReader(JsonMapper json) {
        this.reader = json.readerFor(RegistrationRequest.class);
    }

    /** The request as far as it could be bound, and what could not be. */
    record Bound(RegistrationRequest request, List<FieldProblem> problems) {
    }

    Bound read(byte[] body) {
        if (body == null || body.length == 0) {
            return new Bound(null, List.of(new FieldProblem("$", "Required", "a JSON request body is required")));
        }
        Collecting collecting = new Collecting();
        try {
            RegistrationRequest request = reader.withHandler(collecting).readValue(body);
            if (request == null) {
                return new Bound(null, List.of(new FieldProblem("$", "Type", "must be a JSON object")));
            }
            return new Bound(request, List.copyOf(collecting.problems));
        } catch (JacksonException unreadable) {
            // not well-formed, beyond the parser's limits, or a value the handler below could not set aside;
            // the exception's message quotes the input and goes nowhere
            return new Bound(null, List.of(JsonBodyProblems.of(unreadable)));
        }
    }

    /** One per request: the handler keeps what it found. */
    private static final class Collecting extends DeserializationProblemHandler {

        private final List<FieldProblem> problems = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) {
            problems.add(new FieldProblem(pathOf(p), "UnknownField", "is not a field of a registration"));
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
                    ? new FieldProblem(pathOf(ctxt.getParser()), "AllowedValues", "must be one of: " + allowedValues(targetType))
                    : new FieldProblem(pathOf(ctxt.getParser()), "Type", "must be " + JsonBodyProblems.describe(targetType)));
            return emptyValueOf(targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
            problems.add(new FieldProblem(pathOf(ctxt.getParser()), targetType.isEnum() ? "AllowedValues" : "Type",
                    targetType.isEnum() ? "must be one of: " + allowedValues(targetType) : "must be " + JsonBodyProblems.describe(targetType)));
            return emptyValueOf(targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token, JsonParser p,
                                            String failureMsg) {
            Class<?> type = targetType.getRawClass();
            problems.add(new FieldProblem(pathOf(p), type.isEnum() ? "AllowedValues" : "Type",
                    type.isEnum() ? "must be one of: " + allowedValues(type) : "must be " + JsonBodyProblems.describe(type)));
            p.skipChildren();
            return emptyValueOf(type);
        }

        /** A field left empty; a primitive gets its default, as a missing one would. */
        private static Object emptyValueOf(Class<?> type) {
            return type == boolean.class ? Boolean.FALSE : null;
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

    private static String allowedValues(Class<?> enumType) {
        return JsonBodyProblems.allowedValues(enumType);
    }
}
