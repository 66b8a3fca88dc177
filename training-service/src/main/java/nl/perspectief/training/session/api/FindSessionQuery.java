package nl.perspectief.training.session.api;

import java.util.UUID;

/** One session with its enrolments, for trainers, answered with an optional {@link SessionView}. */
public record FindSessionQuery(UUID sessionId) {
}
