package nl.perspectief.intake.registration.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.intake.registration.web.RegistrationRateLimits.Refusal;
import nl.perspectief.intake.registration.web.RegistrationRateLimits.Scope;
import nl.perspectief.problems.Problems;

/**
 * Rate limits of the public {@code POST /api/registrations}, by client address and overall, before the body
 * is read. The client address is the peer's, or the one a trusted proxy forwarded (Tomcat's RemoteIpValve
 * has set it by now). Runs right after Spring Security's chain: a refusal then carries the CORS headers a
 * browser needs to read it, and it comes before the body-size check and any parsing. The address is
 * personal data: it is neither logged nor put in the answer.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class RegistrationRateLimitFilter extends OncePerRequestFilter {

    static final String RATE_LIMITED_COUNTER = "perspectief.intake.rate.limited";
    private static final String REGISTRATIONS = "/api/registrations";

    private final RegistrationRateLimits limits;
    private final Map<Scope, Counter> refused = new EnumMap<>(Scope.class);

    RegistrationRateLimitFilter(IntakeProperties properties, MeterRegistry meters) {
        this.limits = new RegistrationRateLimits(properties.rateLimits());
        for (Scope scope : Scope.values()) {
            refused.put(scope, Counter.builder(RATE_LIMITED_COUNTER)
                    .description("Registrations refused with 429 before their body was read, by the limit that refused them")
                    .tag("scope", scope.tag())
                    .register(meters));
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(HttpMethod.POST.matches(request.getMethod()) && REGISTRATIONS.equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Refusal> refusal = limits.admit(request.getRemoteAddr());
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refused.get(refusal.get().scope()).increment();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.get().retryAfterSeconds()));
        Problems.write(response, rateLimited(refusal.get()));
    }

    private static ProblemDetail rateLimited(Refusal refusal) {
        String detail = switch (refusal.scope()) {
            case CLIENT -> "too many registrations from your address; try again in " + refusal.retryAfterSeconds() + " s";
            case OVERALL -> "the service takes too many registrations at the moment; try again in "
                    + refusal.retryAfterSeconds() + " s";
        };
        return Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too Many Requests", detail);
    }
}
