package nl.perspectief.training.session.api;

/** Which part of the completion rule a participant did not meet; ABSENT wins when both failed. */
public enum NotCompletedReason {
    /** Absent on a day. */
    ABSENT,
    /** Excused on more days than the rule allows. */
    TOO_MANY_EXCUSED
}
