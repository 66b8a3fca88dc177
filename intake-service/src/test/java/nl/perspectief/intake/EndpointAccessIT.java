package nl.perspectief.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the service against every kind of caller: no token, an expired token, a token of another
 * issuer, and each staff role. The website's endpoints and health are open; metrics are for ADMIN; anything
 * else needs a signed-in staff member. An endpoint that is not in {@link #MATRIX} fails
 * {@link #everyEndpointOfTheServiceIsInTheMatrix()}. Tokens are signed with a test key the decoder trusts,
 * so that the provider itself is not needed.
 */
@Import(EndpointAccessIT.TestTokens.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EndpointAccessIT extends RunningIntakeService {

    @TestConfiguration
    static class TestTokens {

        @Bean
        JwtDecoder jwtDecoder() {
            return StaffTokens.decoder();
        }
    }

    private static final List<String> ROLES = List.of("DESK", "MEDIATOR", "TRAINER", "COMPLIANCE", "ADMIN");

    /** Who may call an endpoint. */
    enum Access { PUBLIC, STAFF, ADMIN }

    /**
     * @param pattern the endpoint as the service maps it
     * @param path    a request to it; a bad registration or an unknown id is enough to see whether it was let in
     * @param allowed the status of a caller that is let in
     */
    record Endpoint(String method, String pattern, String path, Access access, int allowed) {
    }

    static final List<Endpoint> MATRIX = List.of(
            new Endpoint("POST", "/api/registrations", "/api/registrations", Access.PUBLIC, 400),
            new Endpoint("GET", "/api/registrations/{registrationId}", "/api/registrations/" + UUID.randomUUID(), Access.PUBLIC, 404),
            new Endpoint("GET", "/actuator/health", "/actuator/health", Access.PUBLIC, 200),
            new Endpoint("GET", "/actuator/health", "/actuator/health/liveness", Access.PUBLIC, 200),
            new Endpoint("GET", "/actuator", "/actuator", Access.STAFF, 200),
            new Endpoint("GET", "/actuator/info", "/actuator/info", Access.STAFF, 200),
            new Endpoint("GET", "/actuator/metrics", "/actuator/metrics", Access.ADMIN, 200),
            new Endpoint("GET", "/actuator/metrics", "/actuator/metrics/jvm.memory.used", Access.ADMIN, 200),
            new Endpoint("GET", "/actuator/prometheus", "/actuator/prometheus", Access.ADMIN, 200));

    /** A caller: the Authorization header it sends (none for null), and which access it has. */
    private record Caller(String name, String token, Set<Access> access) {
    }

    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>(List.of(
                new Caller("no token", null, Set.of(Access.PUBLIC)),
                // a bad token is refused even where no token is needed: it is never taken as no token
                new Caller("an expired ADMIN token", StaffTokens.expired("ADMIN"), Set.of()),
                new Caller("an ADMIN token of another issuer", StaffTokens.fromAnotherIssuer("ADMIN"), Set.of()),
                new Caller("a token without a role", StaffTokens.withRoles(), Set.of(Access.PUBLIC, Access.STAFF))));
        for (String role : ROLES) {
            callers.add(new Caller(role, StaffTokens.withRoles(role), role.equals("ADMIN")
                    ? Set.of(Access.PUBLIC, Access.STAFF, Access.ADMIN) : Set.of(Access.PUBLIC, Access.STAFF)));
        }
        return callers;
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;
    @Autowired
    private PathMappedEndpoints actuator;

    @TestFactory
    Stream<DynamicTest> everyCallerIsLetInOrRefusedAsTheMatrixSays() {
        return MATRIX.stream().flatMap(endpoint -> callers().stream().map(caller -> DynamicTest.dynamicTest(
                endpoint.method() + " " + endpoint.path() + " with " + caller.name(), () -> {
                    Answer answer = call(endpoint, caller);
                    if (caller.access().contains(endpoint.access())) {
                        assertThat(answer.status()).isEqualTo(endpoint.allowed());
                    } else {
                        int refused = caller.token() == null || caller.access().isEmpty() ? 401 : 403;
                        assertThat(answer.status()).isEqualTo(refused);
                        assertThat(answer.contentType()).isEqualTo("application/problem+json");
                        assertThat(answer.body().get("status").asInt()).isEqualTo(refused);
                    }
                })));
    }

    @Test
    void everyEndpointOfTheServiceIsInTheMatrix() {
        Set<String> mapped = new TreeSet<>();
        controllers.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getName().startsWith("org.springframework.boot")) {
                mapping.getMethodsCondition().getMethods().forEach(method -> mapping.getPatternValues()
                        .forEach(pattern -> mapped.add(method + " " + pattern)));
            }
        });
        actuator.getAllPaths().forEach(path -> mapped.add("GET " + path));
        mapped.add("GET " + actuator.getBasePath());

        Set<String> inMatrix = MATRIX.stream().map(e -> e.method() + " " + e.pattern())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).isEqualTo(mapped);
    }

    @Test
    void tellsAnUnauthenticatedCallerWhichSchemeToUse() {
        Answer answer = get("/actuator/prometheus");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private Answer call(Endpoint endpoint, Caller caller) {
        String[] headers = caller.token() == null ? new String[0] : new String[] {"Authorization", "Bearer " + caller.token()};
        return switch (endpoint.method()) {
            case "POST" -> post("{}", headers);
            case "GET" -> get(endpoint.path(), headers);
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }
}
