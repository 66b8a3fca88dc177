package nl.perspectief.security.pages;

import java.net.URI;
import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.perspectief.security.ProblemAccessDeniedHandler.RefusalListener;

/**
 * The part of a service's page security that is the same everywhere: staff sign in at the organisation's
 * OpenID Connect provider (authorization code with PKCE, also for the confidential client: a stolen code is
 * worthless without the verifier), the session is the servlet container's cookie (HttpOnly, SameSite=Lax,
 * Secure where TLS, set in {@code server.servlet.session.cookie.*}), CSRF tokens on every form, an absolute
 * timeout beside the container's inactivity one, logout by {@code POST /logout} that ends the provider's
 * session too (RP-initiated logout), and headers that let a page run nothing but the service's own files.
 * The service adds its own URL rules.
 */
public final class StaffPagesSecurity {

    public static final String LOGOUT = "/logout";

    private final ClientRegistrationRepository registrations;
    private final GrantedAuthoritiesMapper roles;
    private final StaffPagesProperties properties;
    private final String providerOrigin;
    private final Clock clock;

    /**
     * @param providerOrigin where the provider's pages are ({@code scheme://host:port} of its issuer): the
     *                       logout form is answered by a redirect there, which a browser checks against the
     *                       page's {@code form-action}
     */
    public StaffPagesSecurity(ClientRegistrationRepository registrations, GrantedAuthoritiesMapper roles,
                              StaffPagesProperties properties, String providerOrigin, Clock clock) {
        this.registrations = registrations;
        this.roles = roles;
        this.properties = properties;
        this.providerOrigin = providerOrigin;
        this.clock = clock;
    }

    /** {@code scheme://host[:port]} of a URI, as a CSP source expression names an origin. */
    public static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    /**
     * @param refusals told of every page refused for the signed-in person's role before the 403 page is shown
     */
    public HttpSecurity signInWithOpenIdConnect(HttpSecurity http, RefusalListener refusals) throws Exception {
        String authorizationBase = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI;
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, authorizationBase);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler endProviderSession = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        endProviderSession.setPostLogoutRedirectUri("{baseUrl}/");
        SessionAbsoluteTimeout absoluteTimeout = new SessionAbsoluteTimeout(properties.absoluteTimeout(), clock);
        return http
                .oauth2Login(login -> login
                        // straight to the provider: no page of our own that lists one provider
                        .loginPage(authorizationBase + "/" + properties.registrationId())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(roles))
                        // the absolute timeout counts from here
                        .successHandler(absoluteTimeout.recordingSignIn())
                        // a failed sign-in (a stale state, a refused code) shows the error page, not a loop back to the provider
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler()))
                // POST only: CSRF protection is on, so a link or an image elsewhere cannot sign anyone out
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessHandler(endProviderSession))
                .addFilterAfter(absoluteTimeout, SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy()))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, denied) -> {
                    refusals.refused(request);
                    response.sendError(HttpStatus.FORBIDDEN.value());
                }));
    }

    /** Only the service's own files run or style a page; no inline script or style, no framing, forms post home. */
    public String contentSecurityPolicy() {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self' " + providerOrigin;
    }
}
