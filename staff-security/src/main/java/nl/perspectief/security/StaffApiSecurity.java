package nl.perspectief.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The part of a service's API security that is the same everywhere: bearer tokens only (no session, no
 * cookie, hence no CSRF token: a browser cannot attach a bearer token to a forged request on its own),
 * refusals as problem+json. The service adds its own endpoint rules.
 */
public final class StaffApiSecurity {

    private StaffApiSecurity() {
    }

    public static HttpSecurity bearerTokensOnly(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                                ProblemAccessDeniedHandler forbidden) throws Exception {
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
    }
}
