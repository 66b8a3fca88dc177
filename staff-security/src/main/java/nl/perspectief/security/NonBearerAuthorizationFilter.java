package nl.perspectief.security;

import java.io.IOException;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff authenticate with a bearer token and nothing else: an {@code Authorization} header of another scheme
 * (Basic, a bare value) is refused with 401, also on the open endpoints, as a bad bearer token is, rather than
 * silently taken for no header at all.
 */
final class NonBearerAuthorizationFilter extends OncePerRequestFilter {

    private final ProblemAuthenticationEntryPoint unauthenticated;

    NonBearerAuthorizationFilter(ProblemAuthenticationEntryPoint unauthenticated) {
        this.unauthenticated = unauthenticated;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.toLowerCase(Locale.ROOT).startsWith("bearer")) {
            unauthenticated.commence(request, response,
                    new BadCredentialsException("an Authorization header of another scheme than Bearer"));
            return;
        }
        chain.doFilter(request, response);
    }
}
