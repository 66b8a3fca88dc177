package nl.perspectief.training.session.command;

import java.util.Collection;

import nl.perspectief.training.course.api.CompletionRule;
import nl.perspectief.training.session.api.AttendanceMark;
import nl.perspectief.training.session.api.NotCompletedReason;

/**
 * One participant's marks held against the session's {@link CompletionRule}: completed with no day absent and at
 * most the rule's number of days excused.
 *
 * @param failed null when completed; else the part of the rule missed (absence first)
 */
record Completion(NotCompletedReason failed, int absentDays, int excusedDays) {

    static Completion of(CompletionRule rule, Collection<AttendanceMark> marks) {
        int absent = (int) marks.stream().filter(mark -> mark == AttendanceMark.ABSENT).count();
        int excused = (int) marks.stream().filter(mark -> mark == AttendanceMark.EXCUSED).count();
        NotCompletedReason failed = absent > 0 ? NotCompletedReason.ABSENT
                : excused > rule.maxExcusedDays() ? NotCompletedReason.TOO_MANY_EXCUSED
                : null;
        return new Completion(failed, absent, excused);
    }

    boolean completed() {
        return failed == null;
    }
}
