package nl.perspectief.training.enrolment.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, times and hours as the public pages show them: in the page's language (a browser asking for German reads the
 * Dutch pages, dates too) and in the organisation's time zone, since a session's days are in Utrecht's time.
 */
public record PublicPageCalendar(Locale locale) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).format(time);
    }

    public String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)
                .format(instant.atZone(ZONE));
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
