package nl.perspectief.messaging.correspondence.api;

/** What a message is: a letter, a spoken message the mediator wrote down, or a recorded audio or video message. */
public enum MessageKind {
    LETTER, SPOKEN_MESSAGE_WRITTEN_DOWN, AUDIO_MESSAGE, VIDEO_MESSAGE
}
