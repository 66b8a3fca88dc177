package nl.perspectief.events.messaging.v1;

/** What a message is; the form only, never what it says. */
public enum MessageKind {
    LETTER,
    /** A party spoke, the mediator wrote it down, and the party agreed with what was written. */
    SPOKEN_MESSAGE_WRITTEN_DOWN,
    AUDIO_MESSAGE,
    VIDEO_MESSAGE
}
