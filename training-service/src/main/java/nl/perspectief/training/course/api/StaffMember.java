package nl.perspectief.training.course.api;

import nl.perspectief.security.StaffRole;

/** Who took a step: every event a member of staff causes names them. */
public record StaffMember(String staffId, StaffRole role) {
}
