package nl.perspectief.training.course.api;

/** What a command did: a repeated or already satisfied command is answered, never turned into a duplicate event. */
public enum CommandOutcome {
    APPLIED, UNCHANGED
}
