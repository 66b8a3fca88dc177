package nl.perspectief.cases.access.web;

/** The request does not say who takes the step: answered 401, never logged with what it held. */
class NoActingStaffMemberException extends RuntimeException {

    NoActingStaffMemberException(String reason) {
        super(reason);
    }
}
