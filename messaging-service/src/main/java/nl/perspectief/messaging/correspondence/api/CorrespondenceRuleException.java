package nl.perspectief.messaging.correspondence.api;

/**
 * A rule of the correspondence refused a command; retrying the same command cannot help. Messages name ids only,
 * never what a message says. Every rule is its own subclass, named after the rule.
 */
public abstract class CorrespondenceRuleException extends RuntimeException {

    protected CorrespondenceRuleException(String message) {
        super(message);
    }

    /** The rule's published name: the class's name without "Exception". */
    public final String rule() {
        return getClass().getSimpleName().replaceFirst("Exception$", "");
    }
}
