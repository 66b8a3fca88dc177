package nl.perspectief.cases.access.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.security.SignedInStaff;

/**
 * The acting member of staff from their access token, checked by the service's security before any
 * controller runs: the provider's subject ({@code sub}, an opaque id) and the one staff role the token
 * carries. A token with no staff role or with several acts in none: refused, never guessed.
 */
@Component
public class StaffMemberFromToken implements ActingStaffMember {

    @Override
    public StaffMember of(HttpServletRequest request) {
        SignedInStaff staff = SignedInStaff.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new NoActingStaffMemberException("Sign in: this endpoint needs a staff token."));
        if (staff.roles().isEmpty()) {
            throw new NoSingleStaffRoleException(NoSingleStaffRoleException.NO_STAFF_ROLE);
        }
        return staff.singleRole()
                .map(role -> new StaffMember(staff.subject(), role))
                .orElseThrow(() -> new NoSingleStaffRoleException(NoSingleStaffRoleException.AMBIGUOUS_ROLE));
    }
}
