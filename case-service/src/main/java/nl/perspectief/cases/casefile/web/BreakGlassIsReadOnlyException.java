package nl.perspectief.cases.casefile.web;

/** A mediator reading a colleague's case by break-glass tried to take a step: to act, the desk reassigns the case. */
class BreakGlassIsReadOnlyException extends RuntimeException {

    BreakGlassIsReadOnlyException() {
        super("Break-glass access lets you read this case, not act on it; ask the desk to reassign it to you.");
    }
}
