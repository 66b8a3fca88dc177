package nl.perspectief.training.session.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.perspectief.training.session.api.SessionDay;

/**
 * When a session is held and when it takes enrolments, and the rules of both: one or more days, each on its own date
 * and starting before it ends; a window that opens before it closes and closes before the first day starts. Dates
 * and hours are the organisation's, in Europe/Amsterdam.
 *
 * @param days by date
 */
record Schedule(List<SessionDay> days, Instant enrolmentOpensAt, Instant enrolmentClosesAt) {

    static final ZoneId ORGANISATION_ZONE = ZoneId.of("Europe/Amsterdam");

    static Schedule checked(UUID sessionId, List<SessionDay> days, Instant opensAt, Instant closesAt) {
        if (days == null || days.isEmpty()) {
            throw new SessionNeedsADayException(sessionId);
        }
        List<SessionDay> byDate = days.stream().sorted(Comparator.comparing(SessionDay::date)).toList();
        LocalDate previous = null;
        for (SessionDay day : byDate) {
            if (day.date().equals(previous)) {
                throw new SessionDayTwiceException(sessionId, day.date());
            }
            if (!day.start().isBefore(day.end())) {
                throw new SessionDayMustEndAfterItStartsException(sessionId, day.date());
            }
            previous = day.date();
        }
        Objects.requireNonNull(opensAt, "enrolmentOpensAt");
        Objects.requireNonNull(closesAt, "enrolmentClosesAt");
        if (!opensAt.isBefore(closesAt)) {
            throw new EnrolmentMustOpenBeforeItClosesException(sessionId);
        }
        Schedule schedule = new Schedule(byDate, opensAt, closesAt);
        if (closesAt.isAfter(schedule.firstStart())) {
            throw new EnrolmentMustCloseBeforeFirstDayException(sessionId);
        }
        return schedule;
    }

    /** The organisation's date at a moment. */
    static LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, ORGANISATION_ZONE);
    }

    List<LocalDate> dates() {
        return days.stream().map(SessionDay::date).toList();
    }

    boolean hasDay(LocalDate date) {
        return days.stream().anyMatch(day -> day.date().equals(date));
    }

    boolean windowBegunAt(Instant at) {
        return !at.isBefore(enrolmentOpensAt);
    }

    boolean windowClosedAt(Instant at) {
        return !at.isBefore(enrolmentClosesAt);
    }

    boolean firstDayCameAt(Instant at) {
        return !dateOf(at).isBefore(days.getFirst().date());
    }

    /** The last day has ended. */
    boolean overAt(Instant at) {
        SessionDay last = days.getLast();
        return !at.isBefore(last.date().atTime(last.end()).atZone(ORGANISATION_ZONE).toInstant());
    }

    private Instant firstStart() {
        SessionDay first = days.getFirst();
        return first.date().atTime(first.start()).atZone(ORGANISATION_ZONE).toInstant();
    }
}
