package nl.perspectief.training.session.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.perspectief.training.course.api.StaffMember;

/** A participant's attendance on one day; a later one for the same day replaces it. */
public record AttendanceRecordedEvent(UUID sessionId, UUID enrolmentId, UUID participantId, LocalDate day,
                                      AttendanceMark mark, StaffMember performedBy, Instant at) implements SessionEvent {
}
