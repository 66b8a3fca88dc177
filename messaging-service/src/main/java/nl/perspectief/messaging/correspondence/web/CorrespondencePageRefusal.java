package nl.perspectief.messaging.correspondence.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.perspectief.problems.FieldProblem;

/**
 * Why a step sent from the correspondence page was not taken, shown at the top of the page it renders again: bad
 * input (each field with its rule), a refused attachment or a rule of the correspondence (by its name, explained in
 * the page's language), or a change made meanwhile. What was typed comes back in the form it was typed in, so
 * nobody types a letter twice; the CSRF token and the version do not: the page brings fresh ones.
 *
 * @param form   the form it came from: {@code record}, or the step and its message, such as {@code return:<id>}
 * @param rule   the rule's name ({@code DeliveryWithoutApproval}, {@code AttachmentType}), for a refusal by rule
 * @param typed  what was typed, by field
 */
record CorrespondencePageRefusal(String form, Kind kind, List<FieldProblem> errors, String rule,
                                 Map<String, List<String>> typed) {

    enum Kind { INVALID, ATTACHMENT, RULE, CONFLICT }

    static CorrespondencePageRefusal of(String form, Kind kind, List<FieldProblem> errors, String rule,
                                        Map<String, String[]> fields) {
        return new CorrespondencePageRefusal(form, kind, List.copyOf(errors), rule, fields.entrySet().stream()
                .filter(field -> !"_csrf".equals(field.getKey()) && !"version".equals(field.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, field -> List.of(field.getValue()))));
    }

    /** The step the form takes ({@code return} for {@code return:<id>}), as the page's words name it. */
    public String step() {
        int colon = form.indexOf(':');
        return colon < 0 ? form : form.substring(0, colon);
    }

    /** What was typed into {@code field} of {@code form}, or {@code null}. */
    public String kept(String form, String field) {
        List<String> values = form.equals(this.form) ? typed.get(field) : null;
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Whether {@code value} was among those chosen in {@code field} of {@code form}. */
    public boolean chose(String form, String field, Object value) {
        List<String> values = form.equals(this.form) ? typed.get(field) : null;
        return values != null && value != null && values.contains(value.toString());
    }
}
