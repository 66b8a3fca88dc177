package nl.perspectief.training.enrolment.web;

import java.util.UUID;

import nl.perspectief.training.session.api.EnrolmentStatus;

/**
 * What a person is told when they enrol: a place ({@code CONFIRMED}) or the waiting list ({@code WAITING}) at a
 * position, 1 the first. The API's {@code 201} body.
 *
 * @param waitingPosition for {@code WAITING}; else null
 */
record EnrolmentAnswer(UUID enrolmentId, EnrolmentStatus status, Integer waitingPosition) {
}
