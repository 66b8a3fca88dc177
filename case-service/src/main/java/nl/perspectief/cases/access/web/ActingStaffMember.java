package nl.perspectief.cases.access.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.StaffMember;

/** Who takes a step of a case or reads one: the one seam between the service's security and its API. */
public interface ActingStaffMember {

    /**
     * @throws NoActingStaffMemberException when nobody is signed in
     * @throws NoSingleStaffRoleException   when the signed-in person holds no staff role, or several
     */
    StaffMember of(HttpServletRequest request);
}
