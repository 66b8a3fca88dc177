package nl.perspectief.problems;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Moments in request bodies are ISO-8601 strings, as the services write them. Jackson's own readers also take a
 * number (or a string of digits) as seconds since 1970, whatever coercion or leniency says, so a number typed where
 * a date belongs (or {@code 1e400}, or {@code "-1"}) would become some moment nobody meant; these take ISO-8601
 * strings only and leave the parsing to Jackson.
 */
final class InstantsAsStrings {

    private InstantsAsStrings() {
    }

    static SimpleModule module() {
        return new SimpleModule("instants-as-strings")
                .addDeserializer(Instant.class, new StringsOnly<>(Instant.class, InstantDeserializer.INSTANT))
                .addDeserializer(OffsetDateTime.class,
                        new StringsOnly<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME))
                .addDeserializer(ZonedDateTime.class,
                        new StringsOnly<>(ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME));
    }

    private static final java.util.regex.Pattern SECONDS = java.util.regex.Pattern.compile("\\s*[-+]?[0-9]+(\\.[0-9]*)?\\s*");

    private static final class StringsOnly<T> extends StdDeserializer<T> {

        private final ValueDeserializer<T> jacksons;

        StringsOnly(Class<T> type, ValueDeserializer<T> jacksons) {
            super(type);
            this.jacksons = jacksons;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            // Jackson reads a string of digits as seconds since 1970 too
            if (SECONDS.matcher(parser.getString()).matches()) {
                return (T) context.handleWeirdStringValue(handledType(), parser.getString(),
                        "an ISO-8601 moment, not a number");
            }
            return jacksons.deserialize(parser, context);
        }
    }
}
