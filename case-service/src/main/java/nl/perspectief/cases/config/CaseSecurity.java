package nl.perspectief.cases.config;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

import jakarta.servlet.DispatcherType;
import nl.perspectief.accesslog.AccessLogActor;
import nl.perspectief.accesslog.web.AccessLogController;
import nl.perspectief.cases.access.CaseAccessPolicy;
import nl.perspectief.security.ProblemAccessDeniedHandler;
import nl.perspectief.security.ProblemAuthenticationEntryPoint;
import nl.perspectief.security.SignedInStaff;
import nl.perspectief.security.StaffApiSecurity;
import nl.perspectief.security.StaffRole;
import nl.perspectief.security.UnmappedPaths;
import nl.perspectief.security.pages.SessionAbsoluteTimeout;
import nl.perspectief.security.pages.StaffPagesProperties;
import nl.perspectief.security.pages.StaffPagesSecurity;

/**
 * Who may call what, coarsely, by URL and role: a signed-in member of staff in the right role, or nobody. Two
 * doors: the JSON API (and the actuator) takes bearer tokens of the organisation's OpenID Connect provider and
 * nothing else; the pages sign staff in at that provider and keep a session. Both ask the same questions of the
 * same roles. The API's description ({@code /v3/api-docs}) is for any member of staff, by token or by the pages'
 * session (Swagger UI reads it from a signed-in browser); Swagger UI is a page. Need-to-know per case is
 * {@link CaseAccessPolicy}'s. Anything not named here is closed ({@code denyAll}), so a new endpoint stays
 * shut until someone decides who may use it, and the access matrix test names it.
 */
@Configuration(proxyBeanMethods = false)
class CaseSecurity {

    static final String CASES = "/api/cases";
    /** The desk's steps; every other step below a case is the mediator's. */
    static final String[] TRIAGE_STEPS = {CASES + "/*/accept", CASES + "/*/decline", CASES + "/*/link",
            CASES + "/*/assign-mediator"};

    /** Compliance's readings of one case from its events, and the audits of every case. */
    static final String[] COMPLIANCE_READS = {CASES + "/*/history", CASES + "/*/as-of", CASES + "/*/consent-proof",
            CASES + "/*/export.json", CASES + "/*/export.pdf"};
    static final String CONSENT_AUDITS = "/api/consent-audits";

    /** The pages, by the same roles as the API below them; see the pages' controllers. */
    static final String CASE_PAGES = "/cases";
    static final String[] CASE_READING_PAGES = {CASE_PAGES, CASE_PAGES + "/*", CASE_PAGES + "/*/timeline"};
    /** The desk's forms: a new case, and triage; every other step posted below a case is the mediator's. */
    static final String[] DESK_FORMS = {CASE_PAGES, CASE_PAGES + "/*/accept", CASE_PAGES + "/*/decline",
            CASE_PAGES + "/*/link", CASE_PAGES + "/*/assign-mediator"};
    static final String[] COMPLIANCE_PAGES = {"/access-log", "/access-log/verification", "/break-glass-grants",
            CASE_PAGES + "/*/compliance", CASE_PAGES + "/*/compliance/export.json", CASE_PAGES + "/*/compliance/export.pdf",
            "/compliance/audits", "/compliance/audits/*"};

    /** springdoc's description (JSON, YAML, Swagger UI's configuration). */
    static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"};
    /** Swagger UI: its address and its files. */
    static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};
    private static final String[] ANY_STAFF_ROLE = Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain caseSecurityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                                ProblemAccessDeniedHandler.RefusalListener refusals,
                                                ApplicationContext context) throws Exception {
        return StaffApiSecurity.bearerTokensOnly(http.securityMatcher("/api/**", "/actuator", "/actuator/**"),
                        unauthenticated, new ProblemAccessDeniedHandler(refusals))
                .authorizeHttpRequests(requests -> requests
                        // the answer to an error already decided on (a refusal, a 404) is rendered, not refused again
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // an address nothing answers is a 404, signed in or not
                        .requestMatchers(new UnmappedPaths(context)).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator", "/actuator/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/api/admin/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, COMPLIANCE_READS).hasRole(StaffRole.COMPLIANCE.name())
                        .requestMatchers(HttpMethod.GET, CONSENT_AUDITS, CONSENT_AUDITS + "/*")
                        .hasRole(StaffRole.COMPLIANCE.name())
                        .requestMatchers(HttpMethod.POST, CONSENT_AUDITS).hasRole(StaffRole.COMPLIANCE.name())
                        .requestMatchers(HttpMethod.GET, CASES, CASES + "/**")
                        .hasAnyRole(StaffRole.DESK.name(), StaffRole.MEDIATOR.name(), StaffRole.COMPLIANCE.name())
                        .requestMatchers(HttpMethod.POST, CASES).hasRole(StaffRole.DESK.name())
                        .requestMatchers(HttpMethod.POST, TRIAGE_STEPS).hasRole(StaffRole.DESK.name())
                        .requestMatchers(HttpMethod.POST, CASES + "/*/break-glass").hasRole(StaffRole.MEDIATOR.name())
                        .requestMatchers(HttpMethod.POST, CASES + "/*/**").hasRole(StaffRole.MEDIATOR.name())
                        .requestMatchers(HttpMethod.GET, AccessLogController.PATH, AccessLogController.PATH + "/**")
                        .hasRole(StaffRole.COMPLIANCE.name())
                        .requestMatchers(HttpMethod.GET, "/api/break-glass-grants").hasRole(StaffRole.COMPLIANCE.name())
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * The API's description, for any member of staff: it holds no case data, only what the API's endpoints take and
     * answer, and every role works with some of them (the endpoints themselves decide who may use them); it is not
     * for the world, whose business the staff's tools are not. A bearer token as on the API, or the pages' session
     * of a signed-in browser, which is where Swagger UI asks for it: read here, never created, and ended by the pages'
     * absolute timeout as on the pages. Without either, 401 problem+json like the API. Only GET: no form posts here,
     * so no CSRF token is needed.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDescriptionFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                                  StaffPagesProperties pages, ObjectProvider<Clock> clock) throws Exception {
        // the description holds no case data: a refusal here is no attempt at a case, nothing for the access log
        return StaffApiSecurity.bearerTokensOnly(http.securityMatcher(API_DESCRIPTION), unauthenticated,
                        new ProblemAccessDeniedHandler(refused -> { }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .addFilterAfter(new SessionAbsoluteTimeout(pages.absoluteTimeout(), clock.getIfAvailable(Clock::systemUTC)),
                        SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, API_DESCRIPTION).hasAnyRole(ANY_STAFF_ROLE)
                        .anyRequest().denyAll())
                .build();
    }

    /**
     * Everything else is a page (or its stylesheet, or an error page). Without a session a page sends the
     * browser to the provider's sign-in; with one, a role that may not see a page gets the 403 page, logged
     * like the API's refusals when it was an attempt at case data.
     */
    @Bean
    @Order(3)
    SecurityFilterChain casePagesFilterChain(HttpSecurity http, StaffPagesSecurity pages,
                                             ProblemAccessDeniedHandler.RefusalListener refusals,
                                             ApplicationContext context) throws Exception {
        return pages.signInWithOpenIdConnect(http, refusals)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(new UnmappedPaths(context)).permitAll()
                        .requestMatchers(HttpMethod.GET, "/css/*", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        // Swagger UI runs under the pages' CSP: its own files only (no inline script or style)
                        .requestMatchers(HttpMethod.GET, SWAGGER_UI).hasAnyRole(ANY_STAFF_ROLE)
                        .requestMatchers(HttpMethod.GET, CASE_PAGES + "/new").hasRole(StaffRole.DESK.name())
                        .requestMatchers(HttpMethod.GET, CASE_READING_PAGES)
                        .hasAnyRole(StaffRole.DESK.name(), StaffRole.MEDIATOR.name(), StaffRole.COMPLIANCE.name())
                        .requestMatchers(HttpMethod.GET, CASE_PAGES + "/*/break-glass").hasRole(StaffRole.MEDIATOR.name())
                        .requestMatchers(HttpMethod.POST, CASE_PAGES + "/*/break-glass").hasRole(StaffRole.MEDIATOR.name())
                        .requestMatchers(HttpMethod.POST, DESK_FORMS).hasRole(StaffRole.DESK.name())
                        .requestMatchers(HttpMethod.POST, CASE_PAGES + "/*/**").hasRole(StaffRole.MEDIATOR.name())
                        .requestMatchers(HttpMethod.GET, COMPLIANCE_PAGES).hasRole(StaffRole.COMPLIANCE.name())
                        .requestMatchers(HttpMethod.POST, "/compliance/audits").hasRole(StaffRole.COMPLIANCE.name())
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    CaseAccessPolicy caseAccessPolicy() {
        return new CaseAccessPolicy();
    }

    /**
     * Who reads the access log, for its own records: the token's subject and the one role it carries. Only
     * COMPLIANCE gets that far; a token with several staff roles is refused there, as everywhere.
     */
    @Bean
    AccessLogActor accessLogActor() {
        return new AccessLogActor() {
            @Override
            public String subject() {
                return staff().subject();
            }

            @Override
            public String role() {
                return staff().singleRole().map(Enum::name).orElseThrow(() ->
                        new AccessDeniedException("no single staff role"));
            }

            private SignedInStaff staff() {
                return SignedInStaff.of(SecurityContextHolder.getContext().getAuthentication())
                        .orElseThrow(() -> new AccessDeniedException("not signed in"));
            }
        };
    }
}
