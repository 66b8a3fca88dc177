package nl.perspectief.training.session.api;

import java.time.Instant;

import nl.perspectief.training.course.api.Audience;

/**
 * Sessions by their first day, answered with a list of {@link SessionSummaryView}; this serves the public calendar.
 *
 * @param audience             null for both
 * @param onlyOpenForEnrolment only sessions that take a request at {@code from}: the window has begun and not closed,
 *                             not cancelled, not begun (a full session takes requests for its waiting list)
 * @param from                 now, by the caller's clock: sessions whose last day is on or after its date (in
 *                             Europe/Amsterdam); null for every session
 */
public record FindSessionsQuery(Audience audience, boolean onlyOpenForEnrolment, Instant from) {
}
