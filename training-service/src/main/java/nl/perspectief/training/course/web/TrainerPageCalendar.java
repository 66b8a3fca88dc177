package nl.perspectief.training.course.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Moments, dates, hours and figures as the trainers' pages show them and their forms take them: on the organisation's
 * calendar (Europe/Amsterdam), in the page's language; a form's {@code datetime-local} value, which has no zone, is a
 * time on that calendar.
 *
 * @param locale the language the page is written in (the bundle's, not the browser's)
 */
public record TrainerPageCalendar(Locale locale) {

    /** The organisation's calendar, as the sessions' days and the enrolment windows are meant. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String NONE = "—";

    public String when(Instant at) {
        return at == null ? NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE).format(at);
    }

    /** A day with its weekday, as a session's day is named: "ma 23 mrt 2026". */
    public String day(LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale).format(date);
    }

    public String time(LocalTime time) {
        return time == null ? NONE : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }

    /** Hours or points with the language's decimal sign: "6,5" in Dutch. */
    public String figure(BigDecimal figure) {
        if (figure == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(figure.scale() > 0 ? 1 : 0);
        format.setMaximumFractionDigits(1);
        return format.format(figure);
    }

    /** A duration in whole hours, as the session form takes an offer's validity. */
    public long hours(Duration duration) {
        return duration == null ? 0 : duration.toHours();
    }

    /** A moment as a {@code datetime-local} value on the organisation's calendar, to fill in a form. */
    public String input(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), ZONE).toString();
    }

    /** A {@code datetime-local} value as a moment; empty when it is not one (the form then names the field). */
    public static Optional<Instant> instantOf(String local) {
        try {
            return Optional.of(LocalDateTime.parse(local).atZone(ZONE).toInstant());
        } catch (DateTimeException notAMoment) {
            return Optional.empty();
        }
    }
}
