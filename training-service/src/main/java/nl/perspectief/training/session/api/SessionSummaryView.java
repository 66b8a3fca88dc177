package nl.perspectief.training.session.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.training.course.api.Audience;

/**
 * A session in the calendar: what anyone may see, so nothing about who enrolled but the counts.
 *
 * @param accreditationPoints null for a course without accreditation
 * @param confirmed           places confirmed
 * @param waiting             on the waiting list (not counting those offered a place)
 * @param status              {@link SessionStatus#FULL} when every place is confirmed or held for an offer
 */
public record SessionSummaryView(UUID sessionId, UUID courseId, String courseTitle, Audience audience,
                                 BigDecimal netHours, BigDecimal accreditationPoints, List<SessionDay> days,
                                 Location location, int capacity, int confirmed, int waiting, SessionStatus status,
                                 Instant enrolmentOpensAt, Instant enrolmentClosesAt) {
}
