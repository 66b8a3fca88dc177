package nl.perspectief.correlation.axon;

import java.util.Optional;

import org.axonframework.messaging.Message;

import nl.perspectief.correlation.CorrelationId;

/**
 * Where the request's correlation id travels on Axon's messages: the metadata key {@value #KEY}. Not Axon's own
 * {@code correlationId}: Axon's {@code MessageOriginProvider} writes that key on every message with the id of the
 * message that caused it (and {@code traceId} with the first message of the chain), which would overwrite the
 * request's id. Both are kept; the request's id rides beside them.
 */
public final class CorrelationMetaData {

    /** The metadata key of commands and of the events applied while handling them. */
    public static final String KEY = "requestCorrelationId";

    private CorrelationMetaData() {
    }

    /** The request's id on this message, if it has one that may stand in a log line. */
    public static Optional<String> of(Message<?> message) {
        Object value = message.getMetaData().get(KEY);
        return value instanceof String id && CorrelationId.isAcceptable(id) ? Optional.of(id) : Optional.empty();
    }
}
