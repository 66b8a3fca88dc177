package nl.perspectief.training.session.api;

import java.util.UUID;

/** One enrolment, answered with an optional {@link EnrolmentView}. */
public record FindEnrolmentQuery(UUID enrolmentId) {
}
