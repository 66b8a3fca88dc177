package nl.perspectief.training.session.api;

import java.time.LocalDate;
import java.time.LocalTime;

/** One day of a session, in the organisation's time zone (Europe/Amsterdam): its date and its hours. */
public record SessionDay(LocalDate date, LocalTime start, LocalTime end) {
}
