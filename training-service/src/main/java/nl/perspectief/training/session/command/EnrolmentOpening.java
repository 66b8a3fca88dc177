package nl.perspectief.training.session.command;

import java.util.UUID;

/** The deadline at which a planned session's enrolment window begins; a session opened earlier ignores it. */
public record EnrolmentOpening(UUID sessionId) {
}
