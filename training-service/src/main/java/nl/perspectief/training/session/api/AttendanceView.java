package nl.perspectief.training.session.api;

import java.time.Instant;
import java.time.LocalDate;

/** The latest mark of one day, who recorded it and when. */
public record AttendanceView(LocalDate day, AttendanceMark mark, String recordedBy, Instant recordedAt) {
}
