package nl.perspectief.cases.casefile.api;

/**
 * The answer of every command that may change nothing: a repeated or already satisfied command is
 * answered {@link #UNCHANGED} instead of being turned into a duplicate event, so the API can say so.
 */
public enum CommandOutcome {
    APPLIED, UNCHANGED;

    /**
     * The metadata of a case command's result naming the case's version after it (a {@code Long}): the sequence
     * number of the last event the command applied, or the version it found if it applied none.
     */
    public static final String VERSION_AFTER = "caseVersionAfter";
}
