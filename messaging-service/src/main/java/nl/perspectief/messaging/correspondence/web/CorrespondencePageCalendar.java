package nl.perspectief.messaging.correspondence.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Moments as the pages show them and their forms take them: on the organisation's calendar (Europe/Amsterdam), in the
 * page's language; a form's {@code datetime-local} value, which has no zone, is a time on that calendar.
 *
 * @param locale the language the page is written in (the bundle's, not the browser's)
 */
record CorrespondencePageCalendar(Locale locale) {

    static final ZoneId CALENDAR = ZoneId.of("Europe/Amsterdam");
    private static final String NONE = "—";

    public String when(Instant at) {
        return at == null ? NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(CALENDAR).format(at);
    }

    /** A {@code datetime-local} value as an ISO instant; {@code null} when it is not one (the form names the field). */
    static String instantOf(String local) {
        try {
            return LocalDateTime.parse(local).atZone(CALENDAR).toInstant().toString();
        } catch (DateTimeException notAMoment) {
            return null;
        }
    }
}
