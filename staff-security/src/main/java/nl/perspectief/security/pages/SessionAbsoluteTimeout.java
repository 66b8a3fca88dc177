package nl.perspectief.security.pages;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a page session that has lasted longer than the absolute timeout, however active it was: the request
 * goes on as nobody's, so a page asks for a new sign-in. Counted from the session's creation, which is the
 * first visit before signing in (the session id changes at sign-in, its creation time does not): at most a
 * few seconds stricter than counting from the sign-in itself.
 */
public final class SessionAbsoluteTimeout extends OncePerRequestFilter {

    private final Duration absoluteTimeout;
    private final Clock clock;

    public SessionAbsoluteTimeout(Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
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
            return !clock.instant().isBefore(Instant.ofEpochMilli(session.getCreationTime()).plus(absoluteTimeout));
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}
