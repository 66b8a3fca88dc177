package nl.perspectief.problems;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Ids in paths and parameters in their one written form, 8-4-4-4-12 hexadecimal digits. Spring's own conversion
 * trims whitespace (a {@code %0d} at the end is dropped) and falls back on the JDK's parsing, which accepts
 * shortened groups ({@code 1-2-3-4-5}), so a malformed id could name a case after all. A custom editor is the
 * one conversion the binder does not fall back from.
 */
@ControllerAdvice
final class StrictUuids {

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @InitBinder
    void onlyCanonicalUuids(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new Editor());
    }

    private static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isEmpty()) {
                setValue(null);
                return;
            }
            if (!CANONICAL.matcher(text).matches()) {
                throw new IllegalArgumentException("not a UUID in its canonical form");
            }
            setValue(UUID.fromString(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
