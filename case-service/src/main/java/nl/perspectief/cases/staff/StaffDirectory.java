package nl.perspectief.cases.staff;

import java.time.Instant;
import java.util.List;

import nl.perspectief.security.StaffRole;

/**
 * The members of staff seen signing in to the pages, each in the one role they signed in with. The provider stays
 * the only source of who is staff: this remembers what its ID tokens said, so the desk can pick a mediator by name.
 * A mediator appears after her first sign-in.
 */
public interface StaffDirectory {

    void signedIn(String subject, String username, StaffRole role, Instant at);

    /** Everyone last seen in {@code role}, by username. */
    List<KnownStaffMember> inRole(StaffRole role);
}
