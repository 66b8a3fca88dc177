package nl.perspectief.intake.config;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. The website's endpoints are open to the world: posting a registration, and reading
 * a registration's status (reference and arrival time, no personal data; the {@code Location} of a 201).
 * Health is open for the platform's probes. Metrics are for administrators. Everything else needs a
 * staff member's access token (JWT from the OpenID Connect provider; this service knows only its issuer
 * URI and the roles claim). Spring Security's default headers stay: nosniff, frame deny, HSTS over TLS,
 * {@code Cache-Control: no-store}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IntakeProperties.class, SecurityProperties.class})
public class IntakeSecurity {

    static final String REGISTRATIONS = "/api/registrations";

    @Bean
    SecurityFilterChain intakeSecurityFilterChain(HttpSecurity http, AccessRefusals refusals, IntakeProperties intake,
                                                  SecurityProperties security) throws Exception {
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(new RolesClaimAuthorities(security.rolesClaim()));
        CorsFilter cors = new CorsFilter(browserOrigins(intake.allowedOrigins()));
        cors.setCorsProcessor(refusals.corsProcessor());
        return http
                // a stateless API: no session and no cookie, so a browser never sends credentials on its own
                // and there is nothing for a cross-site request to forge; a token travels only in a header
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(AbstractHttpConfigurer::disable)
                .addFilter(cors)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, REGISTRATIONS).permitAll()
                        .requestMatchers(HttpMethod.GET, REGISTRATIONS + "/*").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .build();
    }

    @Bean
    AccessRefusals accessRefusals(JsonMapper json) {
        return new AccessRefusals(json);
    }

    /**
     * Browsers may post a registration from the configured origins only; a preflight from any other
     * origin is refused. Every other path has no CORS at all: staff pages are served same-origin.
     */
    private static UrlBasedCorsConfigurationSource browserOrigins(List<String> allowedOrigins) {
        CorsConfiguration registrations = new CorsConfiguration();
        registrations.setAllowedOrigins(allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList());
        registrations.setAllowedMethods(List.of(HttpMethod.POST.name()));
        registrations.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, "Idempotency-Key"));
        registrations.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER));
        registrations.setAllowCredentials(false);
        registrations.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(REGISTRATIONS, registrations);
        return source;
    }
}
