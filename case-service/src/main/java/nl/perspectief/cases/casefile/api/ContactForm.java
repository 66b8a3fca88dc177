package nl.perspectief.cases.casefile.api;

/** The forms of contact a mediator guides (DOMAIN.md, step 6). */
public enum ContactForm {
    MEETING, CONFERENCE, MESSAGE_EXCHANGE
}
