package nl.perspectief.training.session.api;

/** A participant's attendance on one day of a session. */
public enum AttendanceMark {
    PRESENT, LATE, EXCUSED, ABSENT
}
