package nl.perspectief.training.course.web;

import java.util.List;

import nl.perspectief.problems.FieldProblem;

/** The fields of a page's form that are wrong, each with its rule, as the API's 400 names them. */
public final class InvalidFormException extends RuntimeException {

    private final transient List<FieldProblem> errors;

    public InvalidFormException(List<FieldProblem> errors) {
        super("invalid form: " + errors.stream().map(FieldProblem::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
