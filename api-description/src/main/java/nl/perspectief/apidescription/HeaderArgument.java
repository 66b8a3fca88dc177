package nl.perspectief.apidescription;

import java.util.Arrays;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

/**
 * A controller argument that a service's own argument resolver reads from a request header (a version from
 * {@code If-Match}, a client's {@code Idempotency-Key}): springdoc would take its type for a query object, so the
 * type is left out of the description and every operation whose handler takes it documents the header instead.
 * {@link ProblemResponses} then adds the refusals the header brings.
 */
public final class HeaderArgument implements OperationCustomizer {

    private final Class<?> type;
    private final String header;
    private final boolean required;
    private final String description;

    private HeaderArgument(Class<?> type, String header, boolean required, String description) {
        this.type = type;
        this.header = header;
        this.required = required;
        this.description = description;
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(type);
    }

    public static HeaderArgument required(Class<?> type, String header, String description) {
        return new HeaderArgument(type, header, true, description);
    }

    public static HeaderArgument optional(Class<?> type, String header, String description) {
        return new HeaderArgument(type, header, false, description);
    }

    /**
     * Arguments resolved from the request (who is signed in, for instance) that are no parameter of the API at all.
     */
    public static void notParameters(Class<?>... types) {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(types);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean takesIt = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == type);
        boolean named = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && header.equalsIgnoreCase(parameter.getName()));
        if (takesIt && !named) {
            Schema<String> string = new Schema<>();
            string.setType("string");
            string.addType("string");
            operation.addParametersItem(new HeaderParameter().name(header).required(required).description(description)
                    .schema(string));
        }
        return operation;
    }
}
