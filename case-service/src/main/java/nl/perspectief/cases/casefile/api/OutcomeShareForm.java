package nl.perspectief.cases.casefile.api;

/** How an outcome is passed on to a third party; the parties consent to the form as well as the content. */
public enum OutcomeShareForm {
    WRITTEN_SUMMARY,
    LETTER,
    ORAL
}
