package nl.perspectief.cases.casefile.api;

/**
 * A rule of the case refused a command. Retrying the same command cannot help, so consumers park it
 * and the web layer answers with a problem. Messages name ids and fields only, never personal data.
 * Every rule is its own subclass, named after the rule: callers tell refusals apart by type.
 */
public abstract class CaseRuleException extends RuntimeException {

    protected CaseRuleException(String message) {
        super(message);
    }

    /** The rule's published name, as problems and pages name it: the class's name without "Exception". */
    public final String rule() {
        return getClass().getSimpleName().replaceFirst("Exception$", "");
    }

    /**
     * Whether the rule is about who may take the step rather than about the state of the case: answered 403
     * instead of 422. The rules of who may act override this.
     */
    public boolean aboutWhoMayAct() {
        return false;
    }
}
