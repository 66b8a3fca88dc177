package nl.perspectief.training.session.command;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import nl.perspectief.training.session.api.AttendanceMark;

/** The latest mark of each participant on each day; changed only by the session's event sourcing handlers. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AttendanceRegister {

    private Map<UUID, Map<LocalDate, AttendanceMark>> marks = new HashMap<>();

    AttendanceMark markOf(UUID enrolmentId, LocalDate day) {
        return marks.getOrDefault(enrolmentId, Map.of()).get(day);
    }

    /** The marks of one participant on the given days; a day not marked is left out. */
    List<AttendanceMark> marksOf(UUID enrolmentId, List<LocalDate> days) {
        Map<LocalDate, AttendanceMark> theirs = marks.getOrDefault(enrolmentId, Map.of());
        return days.stream().map(theirs::get).filter(Objects::nonNull).toList();
    }

    /** How many marks are missing for these participants on these days. */
    int missing(Collection<UUID> enrolmentIds, List<LocalDate> days) {
        return enrolmentIds.stream().mapToInt(id -> days.size() - marksOf(id, days).size()).sum();
    }

    void recorded(UUID enrolmentId, LocalDate day, AttendanceMark mark) {
        marks.computeIfAbsent(enrolmentId, id -> new TreeMap<>()).put(day, mark);
    }
}
