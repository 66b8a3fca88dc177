package nl.perspectief.problems;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in request bodies holds no control characters but tab, line feed and carriage return: a {@code \u0001}
 * escaped in JSON or a {@code %01} in a form is no part of anybody's story, and would travel into pages, letters and
 * exports. Jackson reads the string; this refuses it, naming the field and the rule.
 */
final class TextWithoutControlCharacters extends StdDeserializer<String> {

    TextWithoutControlCharacters() {
        super(String.class);
    }

    static SimpleModule module() {
        return new SimpleModule("text-without-control-characters").addDeserializer(String.class,
                new TextWithoutControlCharacters());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && hasControlCharacter(text)) {
            throw new ControlCharacterException(parser, text);
        }
        return text;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** A string with a control character; its message, like Jackson's, is never logged. */
    static final class ControlCharacterException extends InvalidFormatException {

        ControlCharacterException(JsonParser parser, String text) {
            super(parser, "text with a control character", text, String.class);
        }
    }
}
