package nl.perspectief.training.enrolment.web;

import java.util.List;

import nl.perspectief.problems.FieldProblem;

/** An enrolment whose fields break the form's rules, naming each field and rule (never what was typed). */
class InvalidEnrolmentException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidEnrolmentException(List<FieldProblem> problems) {
        super("invalid enrolment: " + problems.size() + " field(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
