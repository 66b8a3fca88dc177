package nl.perspectief.intake.registration.web;

/**
 * One bad field of a request.
 *
 * @param field the JSON path of the field, such as {@code applicant.email}; {@code $} for the whole body
 * @param rule  the rule it breaks, such as {@code Email}, {@code Size} or {@code UnknownField}
 */
record FieldProblem(String field, String rule, String message) {
}
