package nl.perspectief.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;

/**
 * The part of a service's API security that is the same everywhere: bearer tokens only (no session, no
 * cookie, hence no CSRF token: a browser cannot attach a bearer token to a forged request on its own),
 * refusals as problem+json (401 for a token that is not good or a header of another scheme, 503 while the identity
 * provider cannot be reached to check one). The service adds its own endpoint rules.
 */
public final class StaffApiSecurity {

    private StaffApiSecurity() {
    }

    public static HttpSecurity bearerTokensOnly(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                                ProblemAccessDeniedHandler forbidden) throws Exception {
        StaffTokenFailures failures = new StaffTokenFailures(unauthenticated);
        return http
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new NonBearerAuthorizationFilter(unauthenticated), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failures);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
    }
}
