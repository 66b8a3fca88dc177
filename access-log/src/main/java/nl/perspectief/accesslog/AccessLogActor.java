package nl.perspectief.accesslog;

/**
 * Who is making the current request, as the service's security knows it; the service provides it
 * as a bean so this module knows nothing of OIDC. Read during a request only.
 */
public interface AccessLogActor {

    /** The OIDC subject ({@code sub}) of the signed-in actor: an id, never a name. */
    String subject();

    /** The role the actor acts in, such as {@code COMPLIANCE}. */
    String role();

    /** The service's id of the current request (a trace id), or {@code null} when it has none. */
    default String requestId() {
        return null;
    }
}
