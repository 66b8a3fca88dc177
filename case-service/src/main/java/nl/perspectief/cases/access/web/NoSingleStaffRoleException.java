package nl.perspectief.cases.access.web;

/**
 * The token carries no staff role, or several: the service does not guess which one the person acts in.
 * Answered 403 with the problem type {@link #type()}.
 */
public class NoSingleStaffRoleException extends RuntimeException {

    static final String NO_STAFF_ROLE = "no-staff-role";
    static final String AMBIGUOUS_ROLE = "ambiguous-role";

    private final String type;

    NoSingleStaffRoleException(String type) {
        super(NO_STAFF_ROLE.equals(type)
                ? "Your token carries no staff role."
                : "Your token carries more than one staff role; sign in with an account of one role.");
        this.type = type;
    }

    String type() {
        return type;
    }
}
