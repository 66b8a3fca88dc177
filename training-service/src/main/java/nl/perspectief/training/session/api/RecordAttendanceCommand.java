package nl.perspectief.training.session.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import nl.perspectief.training.course.api.StaffMember;

/**
 * A trainer marks a confirmed participant's attendance on a day of the session, on that day or later. A later mark
 * for the same day replaces the earlier one (a new event; nothing is edited).
 */
public record RecordAttendanceCommand(@TargetAggregateIdentifier UUID sessionId, LocalDate day, UUID enrolmentId,
                                      AttendanceMark mark, StaffMember performedBy, Instant at) {
}
