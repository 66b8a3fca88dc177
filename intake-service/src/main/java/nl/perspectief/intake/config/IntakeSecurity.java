package nl.perspectief.intake.config;

import java.util.Arrays;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

import nl.perspectief.publicdefences.TrustedProxies;
import nl.perspectief.security.ProblemAccessDeniedHandler;
import nl.perspectief.security.ProblemAuthenticationEntryPoint;
import nl.perspectief.security.StaffApiSecurity;
import nl.perspectief.security.StaffRole;
import nl.perspectief.security.UnmappedPaths;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The website's endpoints are open to the world: posting a registration, and reading a
 * registration's status (reference and arrival time, no personal data; the {@code Location} of a 201).
 * Health is open for the platform's probes, and so is the API's description ({@code /v3/api-docs}) and its Swagger UI:
 * it describes only those public endpoints. Metrics are for administrators; the actuator's index and info
 * for any member of staff. Anything not named here is closed ({@code denyAll}), so a new endpoint stays shut
 * until someone decides who may use it, and the access matrix test names it. Staff tokens, the roles and the
 * 401/403 answers are staff-security's, as in every service; Spring Security's default headers stay
 * (nosniff, frame deny, HSTS over TLS, {@code Cache-Control: no-store}). Who the client is, for the rate limits of the
 * public {@code POST}: the direct peer, or the address a listed proxy forwarded.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeSecurity {

    static final String REGISTRATIONS = "/api/registrations";

    /** springdoc's description (JSON, YAML, the UI's configuration) and Swagger UI with its files. */
    static final String[] API_DESCRIPTION = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**"};

    private static final String[] ANY_STAFF_ROLE = Arrays.stream(StaffRole.values()).map(Enum::name).toArray(String[]::new);

    @Bean
    SecurityFilterChain intakeSecurityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                                  IntakeProperties intake, JsonMapper json,
                                                  ApplicationContext context) throws Exception {
        // intake holds no case data, so it keeps no access log for a refusal to be written to
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(refused -> { });
        return StaffApiSecurity.bearerTokensOnly(http, unauthenticated, forbidden)
                .cors(AbstractHttpConfigurer::disable)
                .addFilter(BrowserOrigins.filter(intake.allowedOrigins(), json))
                .authorizeHttpRequests(requests -> requests
                        // the answer to an error already decided on (a 400, a 404) is rendered, not refused again
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // an address nothing answers is a 404, with a token or without
                        .requestMatchers(new UnmappedPaths(context)).permitAll()
                        .requestMatchers(HttpMethod.POST, REGISTRATIONS).permitAll()
                        .requestMatchers(HttpMethod.GET, REGISTRATIONS + "/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, API_DESCRIPTION).permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                        .hasRole(StaffRole.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/actuator", "/actuator/info").hasAnyRole(ANY_STAFF_ROLE)
                        .anyRequest().denyAll())
                .build();
    }

    /** {@code X-Forwarded-For} names the client only behind a listed proxy (public-defences); none listed: ignored. */
    @Bean
    TrustedProxies trustedProxies(IntakeProperties intake) {
        return TrustedProxies.of(intake.trustedProxies(), "perspectief.intake.trusted-proxies");
    }
}
