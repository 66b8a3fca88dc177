package nl.perspectief.cases.staff;

/**
 * A member of staff as last seen signing in to the pages.
 *
 * @param subject  the provider's opaque id: the {@code staffId} in events, e.g. a case's {@code mediatorId}
 * @param username the provider's {@code preferred_username}, to choose by
 */
public record KnownStaffMember(String subject, String username) {
}
