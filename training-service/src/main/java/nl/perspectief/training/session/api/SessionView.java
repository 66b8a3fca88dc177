package nl.perspectief.training.session.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.perspectief.training.course.api.CourseFacts;

/**
 * A session as its trainers read it: what it copied from its course, its days and place, its status, and every
 * enrolment (confirmed and offered first, then the waiting list in order, then the cancelled).
 *
 * @param cancellationReason why it was called off, when {@link SessionStatus#CANCELLED}
 * @param offered            places held for an offer
 * @param version            the session's last sequence number
 */
public record SessionView(UUID sessionId, UUID courseId, CourseFacts course, List<SessionDay> days, Location location,
                          List<String> trainerIds, int capacity, Instant enrolmentOpensAt, Instant enrolmentClosesAt,
                          Duration offerValidity, SessionStatus status, String cancellationReason, int confirmed,
                          int waiting, int offered, List<EnrolmentView> enrolments, long version) {
}
