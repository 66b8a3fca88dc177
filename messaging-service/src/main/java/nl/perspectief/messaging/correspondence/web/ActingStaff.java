package nl.perspectief.messaging.correspondence.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.perspectief.messaging.correspondence.api.StaffMember;
import nl.perspectief.security.SignedInStaff;

/** Who is asking: the token's or the page session's subject, in the one staff role it carries. */
final class ActingStaff {

    private ActingStaff() {
    }

    /** @throws AccessDeniedException without a signed-in member of staff in exactly one staff role */
    static StaffMember current() {
        SignedInStaff staff = SignedInStaff.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new AccessDeniedException("not signed in"));
        return new StaffMember(staff.subject(), staff.singleRole()
                .orElseThrow(() -> new AccessDeniedException("no single staff role")));
    }

    /** For the access log: the same, or {@code null} when nobody with a single role is signed in. */
    static StaffMember currentOrNull() {
        return SignedInStaff.of(SecurityContextHolder.getContext().getAuthentication())
                .flatMap(staff -> staff.singleRole().map(role -> new StaffMember(staff.subject(), role)))
                .orElse(null);
    }
}
