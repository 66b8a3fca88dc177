package nl.perspectief.events.cases.v1;

/** The forms of contact between parties, each agreed by consent of every party it involves. */
public enum ContactForm {
    MEETING, CONFERENCE, MESSAGE_EXCHANGE
}
