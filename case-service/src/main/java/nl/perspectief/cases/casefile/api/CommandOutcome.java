package nl.perspectief.cases.casefile.api;

/**
 * The answer of every command that may change nothing: a repeated or already satisfied command is
 * answered {@link #UNCHANGED} instead of being turned into a duplicate event, so the API can say so.
 */
public enum CommandOutcome {
    APPLIED, UNCHANGED
}
