package nl.perspectief.cases.casefile.web;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import nl.perspectief.cases.casefile.api.StaffMember;
import nl.perspectief.cases.casefile.api.StaffRole;

/**
 * INTERIM, until issue 4 brings OpenID Connect: the acting member of staff is whoever the headers
 * {@code Perspectief-Staff-Id} and {@code Perspectief-Staff-Role} say. Anyone who can reach the port can
 * claim any role, so the service must not be exposed beyond the local stack until this is replaced.
 */
@Component
class StaffMemberFromHeaders implements ActingStaffMember {

    static final String STAFF_ID = "Perspectief-Staff-Id";
    static final String STAFF_ROLE = "Perspectief-Staff-Role";
    // staff ids are opaque identifiers of the future identity provider, never names or email addresses
    private static final Pattern STAFF_ID_FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    @Override
    public StaffMember of(HttpServletRequest request) {
        String staffId = request.getHeader(STAFF_ID);
        String role = request.getHeader(STAFF_ROLE);
        if (staffId == null || role == null) {
            throw new NoActingStaffMemberException("The headers " + STAFF_ID + " and " + STAFF_ROLE + " are required.");
        }
        if (!STAFF_ID_FORMAT.matcher(staffId).matches()) {
            throw new NoActingStaffMemberException(STAFF_ID + " is not a staff id.");
        }
        try {
            return new StaffMember(staffId, StaffRole.valueOf(role));
        } catch (IllegalArgumentException e) {
            throw new NoActingStaffMemberException(STAFF_ROLE + " is not one of DESK, MEDIATOR, TRAINER, COMPLIANCE, ADMIN.");
        }
    }
}
