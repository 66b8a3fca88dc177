package nl.perspectief.cases.casefile.api;

import nl.perspectief.security.StaffRole;

/** Who took a step: every event after opening names them, so the case file tells who did what. */
public record StaffMember(String staffId, StaffRole role) {
}
