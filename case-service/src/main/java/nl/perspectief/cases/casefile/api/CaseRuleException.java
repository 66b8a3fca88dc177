package nl.perspectief.cases.casefile.api;

/**
 * A rule of the case refused a command. Retrying the same command cannot help, so consumers park it
 * and the web layer answers with a problem. Messages name ids and fields only, never personal data.
 */
public abstract class CaseRuleException extends RuntimeException {

    protected CaseRuleException(String message) {
        super(message);
    }
}
