package nl.perspectief.problems;

/**
 * One thing wrong with a request: where ({@code applicant.email}, a header such as {@code If-Match}, a query
 * parameter, {@code $} for the body as a whole), which rule it breaks ({@code Required}, {@code Type},
 * {@code MalformedJson}, a constraint's or a rule's name), and a sentence about the rule. Never the value sent:
 * it may be someone's name.
 */
public record FieldProblem(String field, String rule, String message) {
}
