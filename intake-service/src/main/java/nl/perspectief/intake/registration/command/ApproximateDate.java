package nl.perspectief.intake.registration.command;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An incident date as precise as the applicant remembers it: {@code 2015}, {@code 2015-09} or
 * {@code 2015-09-14}. Shared by the web validation and the aggregate, so both judge alike.
 */
public final class ApproximateDate {

    /** Nobody registering now remembers an incident before this; earlier years are typing errors. */
    private static final int EARLIEST_YEAR = 1900;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The first day the text can mean, or empty when it is not one of the formats or not a real date. */
    public static Optional<LocalDate> earliestDayOf(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (year < EARLIEST_YEAR) {
                return Optional.empty();
            }
            int month = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
            int day = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private ApproximateDate() {
    }
}
