package nl.perspectief.training.course.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.perspectief.problems.FieldProblem;

/**
 * Why a step sent from a trainers' page was not taken, shown at the top of the page it renders again: bad input (each
 * field with its rule), a rule of the course or session (by its name, explained in the page's language), or a change
 * made meanwhile. What was typed comes back in the form it was typed in; the CSRF token and the version do not: the
 * page brings fresh ones.
 *
 * @param form  the form it came from: {@code plan}, or the step and what it concerned, such as {@code cancel:<id>}
 * @param rule  the rule's name ({@code AlreadyEnrolled}), for a refusal by rule
 * @param typed what was typed, by field
 */
public record TrainerPageRefusal(String form, Kind kind, List<FieldProblem> errors, String rule,
                                 Map<String, List<String>> typed) {

    public enum Kind { INVALID, RULE, CONFLICT }

    public static TrainerPageRefusal of(String form, Kind kind, List<FieldProblem> errors, String rule,
                                        Map<String, String[]> fields) {
        return new TrainerPageRefusal(form, kind, List.copyOf(errors), rule, fields.entrySet().stream()
                .filter(field -> !"_csrf".equals(field.getKey()) && !"version".equals(field.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, field -> List.of(field.getValue()))));
    }

    /** The step the form takes ({@code cancel} for {@code cancel:<id>}), as the page's words name it. */
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

    /** The field's name without list positions ({@code days.date} for {@code days[1].date}), to find its words. */
    public String wordsOf(String field) {
        return field.replaceAll("\\[\\d*]", "");
    }
}
