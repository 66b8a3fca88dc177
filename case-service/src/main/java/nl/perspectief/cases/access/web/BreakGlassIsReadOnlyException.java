package nl.perspectief.cases.access.web;

/** A mediator reading a colleague's case by break-glass tried to take a step: to act, the desk reassigns the case. */
public class BreakGlassIsReadOnlyException extends RuntimeException {

    BreakGlassIsReadOnlyException() {
        super("Break-glass access lets you read this case, not act on it; ask the desk to reassign it to you.");
    }
}
