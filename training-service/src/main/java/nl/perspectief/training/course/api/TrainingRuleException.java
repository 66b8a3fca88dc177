package nl.perspectief.training.course.api;

/**
 * A rule of courses and their sessions refused a command; retrying the same command cannot help. Messages name ids
 * and figures only, never a participant's details. Every rule is its own subclass, named after the rule, in the
 * {@code command} package of the aggregate that keeps it.
 */
public abstract class TrainingRuleException extends RuntimeException {

    protected TrainingRuleException(String message) {
        super(message);
    }

    /** The rule's published name: the class's name without "Exception". */
    public final String rule() {
        return getClass().getSimpleName().replaceFirst("Exception$", "");
    }
}
