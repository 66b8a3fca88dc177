package nl.perspectief.training.config;

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
 * Who may call what, by URL and role. Two audiences: anyone on the internet (the course calendar for professionals,
 * enrolling, the links in their e-mails to cancel or take an offered place, checking a certificate, and the referral
 * links trainers hand to professionals to enrol a perpetrator, whose secret token is the only key), and trainers
 * signed in through the organisation's OpenID Connect provider (courses, sessions, lists, attendance, certificates).
 * Anything not named here is closed, so a new endpoint stays shut until someone decides who may use it.
 */
@Configuration(proxyBeanMethods = false)
class TrainingSecurity {

    /** The public API: no account; it defends itself (validation, honeypot, rate limits, idempotency). */
    static final String PUBLIC_API = "/api/public/**";
    /** The public pages. */
    static final String[] PUBLIC_PAGES = {"/", "/courses", "/courses/**", "/enrolments/**", "/certificates/**",
            "/referrals/**"};
    /** The trainers' API and pages. */
    static final String[] TRAINER_API = {"/api/courses", "/api/courses/**", "/api/sessions", "/api/sessions/**"};
    static final String[] TRAINER_PAGES = {"/trainer", "/trainer/**"};
    static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"};
    static final String[] SWAGGER_UI = {"/swagger-ui.html", "/swagger-ui/**"};
    private static final String[] ANY_STAFF_ROLE = Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new);

    @Bean
    @Order(1)
    SecurityFilterChain trainingApiFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                               ProblemAccessDeniedHandler.RefusalListener refusals,
                                               ApplicationContext context) throws Exception {
        return StaffApiSecurity.bearerTokensOnly(http.securityMatcher("/api/**", "/actuator", "/actuator/**"),
                        unauthenticated, new ProblemAccessDeniedHandler(refusals))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(new UnmappedPaths(context)).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator", "/actuator/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers(TRAINER_API).hasRole(StaffRole.TRAINER.name())
                        .requestMatchers(HttpMethod.GET, AccessLogController.PATH, AccessLogController.PATH + "/**")
                        .hasRole(StaffRole.COMPLIANCE.name())
                        .anyRequest().denyAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDescriptionFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                                  StaffPagesProperties pages, ObjectProvider<Clock> clock) throws Exception {
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

    /** The pages: public ones for anyone; the trainers' send the browser to the provider's sign-in. */
    @Bean
    @Order(3)
    SecurityFilterChain trainingPagesFilterChain(HttpSecurity http, StaffPagesSecurity pages,
                                                 ProblemAccessDeniedHandler.RefusalListener refusals,
                                                 ApplicationContext context) throws Exception {
        return pages.signInWithOpenIdConnect(http, refusals)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(new UnmappedPaths(context)).permitAll()
                        .requestMatchers(HttpMethod.GET, "/css/*", "/favicon.ico").permitAll()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, SWAGGER_UI).hasAnyRole(ANY_STAFF_ROLE)
                        .requestMatchers(TRAINER_PAGES).hasRole(StaffRole.TRAINER.name())
                        .anyRequest().denyAll())
                .build();
    }

    /** Who reads the access log, for its own records (compliance only gets that far). */
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

    /** Refusals by the URL rules, written nowhere yet: the trainers' reads are not case data (see the canvas). */
    @Bean
    ProblemAccessDeniedHandler.RefusalListener refusalListener() {
        return request -> { };
    }
}
