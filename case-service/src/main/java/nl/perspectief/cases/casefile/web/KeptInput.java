package nl.perspectief.cases.casefile.web;

import java.util.List;
import java.util.Map;

/**
 * What was typed into a form that was sent back, so that nobody types it twice; only the form it came from gets it
 * back. The CSRF token and the case's version are not kept: the page brings fresh ones.
 */
public record KeptInput(String form, Map<String, List<String>> fields) {

    public static final KeptInput NONE = new KeptInput(null, Map.of());

    public static KeptInput of(String form, Map<String, String[]> fields) {
        return new KeptInput(form, fields.entrySet().stream()
                .filter(field -> !"_csrf".equals(field.getKey()) && !"version".equals(field.getKey()))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        field -> List.of(field.getValue()))));
    }

    /** The value typed into {@code field} of {@code form}, or {@code null}. */
    public String of(String form, String field) {
        List<String> values = form.equals(this.form) ? fields.get(field) : null;
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Whether {@code value} was among those chosen in {@code field} of {@code form}. */
    public boolean chose(String form, String field, Object value) {
        List<String> values = form.equals(this.form) ? fields.get(field) : null;
        return values != null && value != null && values.contains(value.toString());
    }
}
