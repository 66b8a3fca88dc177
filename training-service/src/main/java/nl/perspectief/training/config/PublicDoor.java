package nl.perspectief.training.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import jakarta.servlet.DispatcherType;
import nl.perspectief.publicdefences.GuardedEndpoint;
import nl.perspectief.publicdefences.TrustedProxies;

/**
 * The door for anyone on the internet: the public pages' own security, and what the public endpoints defend themselves
 * with (public-defences: rate limits per client address and overall, body size, the client's address from a trusted
 * proxy only).
 * <p>
 * The public pages get a filter chain of their own, before the trainers' (which signs staff in and keeps a session):
 * nobody signs in here and no session is created, so a flood of anonymous visitors fills no server memory and a page
 * works the same on any instance. Their forms are still protected against cross-site posting, by Spring Security's
 * CSRF check with the token kept in a cookie ({@link CookieCsrfTokenRepository}, double submit): the form carries the
 * token, the cookie holds it (HttpOnly, SameSite=Strict, Secure over TLS), and a post from another site can send the
 * cookie but cannot read it to put it in the form. A per-form signed token would do the same with code of our own.
 * A trainer's sign-in is not seen here (no session is read), so public pages and posts behave alike for everyone.
 */
@Configuration(proxyBeanMethods = false)
class PublicDoor {

    /** The cookie of the public pages' CSRF token (never the session's: there is none). */
    static final String CSRF_COOKIE = "PUBLIC-CSRF";
    /** Where a refused form is forwarded (a missing or wrong CSRF token): the public error page of 403. */
    static final String FORBIDDEN_PAGE = "/courses/forbidden";

    /** Before the trainers' pages' chain, which answers every other address. */
    @Bean
    @Order(0)
    SecurityFilterChain publicPagesFilterChain(HttpSecurity http) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Strict"));
        CsrfTokenRequestAttributeHandler tokenOnEveryPage = new CsrfTokenRequestAttributeHandler();
        // loaded on every page, not deferred: the cookie must be set before a page's body starts to stream
        tokenOnEveryPage.setCsrfRequestAttributeName(null);
        return http.securityMatcher(TrainingSecurity.PUBLIC_PAGES)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.csrfTokenRepository(tokens).csrfTokenRequestHandler(tokenOnEveryPage))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; "
                                + "frame-ancestors 'none'; form-action 'self'"))
                        // the links in mails carry a secret token: no page sends its address anywhere
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                // a form without its token (or from elsewhere) is told so on the public error page, not as a problem
                .exceptionHandling(exceptions -> exceptions.accessDeniedPage(FORBIDDEN_PAGE))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(HttpMethod.GET, TrainingSecurity.PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, TrainingSecurity.PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.POST, TrainingSecurity.PUBLIC_PAGES).permitAll()
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    TrustedProxies trustedProxies(PublicDoorProperties properties) {
        return TrustedProxies.of(properties.trustedProxies(), "perspectief.training.trusted-proxies");
    }

    /**
     * One budget for the API's enrolment and the page's form, on the calendar and through a referral link: a client
     * does not get twice as many by using both, or by holding a link.
     */
    @Bean
    GuardedEndpoint enrolmentEndpoint(PublicDoorProperties properties) {
        return GuardedEndpoint.of("enrolment", "enrolments", HttpMethod.POST, "/api/public/sessions/*/enrolments",
                        "/courses/sessions/*/enrolment", "/api/public/referrals/*/enrolments", "/referrals/*/enrolment")
                .withRateLimit(properties.enrolment().rateLimit())
                .withMaxBody(properties.enrolment().maxRequestBody())
                .withBrowserRefusalPage("/courses/too-many-requests");
    }

    /** A code looked up, on the page or by the API, in one budget; the page with the empty form is not counted. */
    @Bean
    GuardedEndpoint certificateCheckEndpoint(PublicDoorProperties properties) {
        return GuardedEndpoint.of("certificate-check", "certificate checks", HttpMethod.GET, "/certificates/check")
                .onlyWithQueryParameter("code")
                .alsoAt(HttpMethod.GET, "/api/public/certificates/*")
                .withRateLimit(properties.certificateCheck().rateLimit())
                .withBrowserRefusalPage("/certificates/too-many-requests");
    }
}
