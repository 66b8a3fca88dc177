package nl.perspectief.intake.registration.web;

import java.util.List;
import nl.perspectief.problems.FieldProblem;

/** A request that breaks one or more rules; answered with 400 naming every bad field. */
class InvalidRegistrationException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidRegistrationException(List<FieldProblem> problems) {
        super(problems.size() + " invalid field(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
