package nl.perspectief.cases.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.perspectief.security.StaffRole;

/**
 * The members of staff seen signing in to the pages, each in the one role they signed in with. The provider stays
 * the only source of who is staff: this remembers what its ID tokens said, so the desk can pick a mediator by name.
 * A mediator appears after her first sign-in.
 */
public interface StaffDirectory {

    void signedIn(String subject, String username, StaffRole role, Instant at);

    /** The username a subject last signed in with; empty for one who never signed in to the pages. */
    Optional<String> usernameOf(String subject);

    /** Everyone last seen in {@code role}, by username. */
    List<KnownStaffMember> inRole(StaffRole role);
}
