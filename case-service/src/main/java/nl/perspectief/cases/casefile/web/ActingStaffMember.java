package nl.perspectief.cases.casefile.web;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.StaffMember;

/**
 * Who takes a step of a case. The one seam between authentication and the command API: issue 4
 * replaces {@link StaffMemberFromHeaders} with the OpenID Connect principal, and nothing else changes.
 */
interface ActingStaffMember {

    /**
     * @throws NoActingStaffMemberException when the request names no member of staff that can be trusted
     */
    StaffMember of(HttpServletRequest request);
}
