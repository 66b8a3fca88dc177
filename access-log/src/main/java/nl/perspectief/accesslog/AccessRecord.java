package nl.perspectief.accesslog;

import java.util.Objects;
import java.util.UUID;

/**
 * One read of case data, or one attempt at it, as the service saw it. The access log adds the
 * record's id, the time, the service's name, its position in the chain and the hashes.
 *
 * @param actorSubject the OIDC subject ({@code sub}) of who read: an id, never a name or an e-mail address
 * @param actorRole the role the actor read in, such as {@code MEDIATOR}
 * @param caseId the case read, {@code null} for reads of no single case (a list, the access log)
 * @param breakGlass whether the read was allowed only by a break-glass grant (or attempted as one)
 * @param breakGlassGrantId the grant, whose written reason is kept with the grant, not here
 * @param requestId the service's id of the request (a trace id), to find its other traces; may be {@code null}
 */
public record AccessRecord(String actorSubject, String actorRole, UUID caseId, AccessedResource resource,
                           boolean breakGlass, UUID breakGlassGrantId, AccessOutcome outcome, String requestId) {

    static final int MAX_TEXT_LENGTH = 255;

    public AccessRecord {
        requireText("actorSubject", actorSubject);
        requireText("actorRole", actorRole);
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(outcome, "outcome");
        if (breakGlassGrantId != null && !breakGlass) {
            throw new IllegalArgumentException("a break-glass grant is given, so the read is a break-glass one");
        }
        if (requestId != null) {
            requireText("requestId", requestId);
        }
    }

    /** A read without break-glass. */
    public static AccessRecord of(String actorSubject, String actorRole, UUID caseId, AccessedResource resource,
                                  AccessOutcome outcome) {
        return new AccessRecord(actorSubject, actorRole, caseId, resource, false, null, outcome, null);
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_TEXT_LENGTH + " characters, not blank");
        }
    }
}
