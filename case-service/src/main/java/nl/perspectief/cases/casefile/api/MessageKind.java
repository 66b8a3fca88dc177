package nl.perspectief.cases.casefile.api;

/**
 * What a message between the parties was, as messaging-service reports it: the form only, never what it said.
 * The case's own word for it, with the names of messaging-service's contract of the same name, mapped by its consumer.
 */
public enum MessageKind {
    LETTER, SPOKEN_MESSAGE_WRITTEN_DOWN, AUDIO_MESSAGE, VIDEO_MESSAGE
}
