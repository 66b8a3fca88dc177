package nl.perspectief.security.pages;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a page session that has lasted longer than the absolute timeout since its sign-in, however active it was:
 * the request goes on as nobody's, so a page asks for a new sign-in. The sign-in's moment is kept in the session by
 * {@link #recordingSignIn()}, the sign-in's success handler; the session itself may be older (it holds the
 * authorization request from the first visit, before the provider's login page). A session without a sign-in is not
 * this filter's: the container's inactivity timeout ends it.
 */
public final class SessionAbsoluteTimeout extends OncePerRequestFilter {

    /** The session attribute holding the moment of sign-in, an {@link Instant}. */
    static final String SIGNED_IN_AT = SessionAbsoluteTimeout.class.getName() + ".SIGNED_IN_AT";

    private final Duration absoluteTimeout;
    private final Clock clock;

    public SessionAbsoluteTimeout(Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    /**
     * The sign-in's success handler: notes the moment in the session (the session id has just been changed
     * against fixation; its attributes stay), then goes on as Spring Security's default does, to the page first asked for.
     */
    public AuthenticationSuccessHandler recordingSignIn() {
        AuthenticationSuccessHandler toThePageAskedFor = new SavedRequestAwareAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
            toThePageAskedFor.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session) {
        try {
            return session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                    && !clock.instant().isBefore(signedInAt.plus(absoluteTimeout));
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
