package nl.perspectief.intake;

import static nl.perspectief.intake.registration.RegistrationFixtures.WEBSITE_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.security.AccessMatrix;
import nl.perspectief.security.EndpointInventory;

/**
 * Every endpoint of the running service against every kind of caller, with real tokens from the real Keycloak:
 * no token, an expired token (the one-second test client's, once the service refuses it), a token of another
 * issuer (the realm {@code elsewhere}: well-formed, correctly signed, not ours), and each demo user of the realm
 * {@code perspectief}. The website's endpoints and health are open to anyone without a token; a bad token is
 * refused even there, never taken for none. Metrics are for ADMIN, the actuator's index and info for any member
 * of staff, anything else is closed. Each cell is the status the caller must get: 2xx, or the 400/404 of the
 * request's own faults, where let in; 401 or 403 problem+json where refused. An endpoint the service answers
 * that is not in {@link #MATRIX}, or a row for one it no longer answers, fails
 * {@link #everyEndpointOfTheServiceIsInTheMatrix()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointAccessIT extends RunningIntakeService {

    enum Caller { NO_TOKEN, EXPIRED, ELSEWHERE, DESK, MEDIATOR_ANNA, MEDIATOR_BRAM, TRAINER, COMPLIANCE, ADMIN }

    // columns:                                none expired elsewhere desk anna bram trainer compliance admin
    /** An empty form: whoever is let in gets as far as its validation, so nothing is stored. */
    private static final int[] REGISTER = {400, 401, 401, 400, 400, 400, 400, 400, 400};
    /** An unknown registration: whoever is let in gets as far as looking it up. */
    private static final int[] REGISTRATION_STATUS = {404, 401, 401, 404, 404, 404, 404, 404, 404};
    private static final int[] HEALTH = {200, 401, 401, 200, 200, 200, 200, 200, 200};
    /** The API's description is as open as the API: to anyone without a token, a bad token refused. */
    private static final int[] API_DESCRIPTION = HEALTH;
    /** Swagger UI's address sends the browser on to its page. */
    private static final int[] SWAGGER_UI = {302, 401, 401, 302, 302, 302, 302, 302, 302};
    private static final int[] ANY_STAFF = {401, 401, 401, 200, 200, 200, 200, 200, 200};
    private static final int[] ADMIN_ONLY = {401, 401, 401, 403, 403, 403, 403, 403, 200};
    private static final int[] CLOSED = {401, 401, 401, 403, 403, 403, 403, 403, 403};

    static final AccessMatrix<Caller> MATRIX = new AccessMatrix<>(Caller.class)
            .row("POST /api/registrations", REGISTER)
            .row("GET /api/registrations/{registrationId}", "GET /api/registrations/" + UUID.randomUUID(),
                    REGISTRATION_STATUS)
            .actuator(HEALTH, ANY_STAFF, ADMIN_ONLY)
            .row("GET /v3/api-docs", API_DESCRIPTION)
            .row("GET /v3/api-docs.yaml", API_DESCRIPTION)
            .row("GET /v3/api-docs/swagger-config", API_DESCRIPTION)
            .row("GET /swagger-ui.html", SWAGGER_UI)
            // Spring's error page, asked for directly: closed like every endpoint nobody decided on
            .row("ANY /error", "GET /error", CLOSED);

    @Autowired
    private ApplicationContext context;

    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

    @BeforeAll
    void tokensOfEveryKindOfCaller() {
        String expired = StaffIdentityProvider.shortLivedTokenOf(DemoUsers.ADMIN);
        // no sleeping: ask until the service refuses it (a one-second token, a one-second clock skew in the tests)
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/actuator/health", bearer(expired)).status() == 401);
        tokens.put(Caller.EXPIRED, expired);
        tokens.put(Caller.ELSEWHERE, StaffIdentityProvider.tokenOf(DemoUsers.MEDIATOR_ELSEWHERE));
        tokens.put(Caller.DESK, StaffIdentityProvider.tokenOf(DemoUsers.DESK));
        tokens.put(Caller.MEDIATOR_ANNA, StaffIdentityProvider.tokenOf(DemoUsers.MEDIATOR_ANNA));
        tokens.put(Caller.MEDIATOR_BRAM, StaffIdentityProvider.tokenOf(DemoUsers.MEDIATOR_BRAM));
        tokens.put(Caller.TRAINER, StaffIdentityProvider.tokenOf(DemoUsers.TRAINER));
        tokens.put(Caller.COMPLIANCE, StaffIdentityProvider.tokenOf(DemoUsers.COMPLIANCE));
        tokens.put(Caller.ADMIN, StaffIdentityProvider.tokenOf(DemoUsers.ADMIN));
    }

    @Test
    void everyCallerIsLetInOrRefusedAsTheMatrixSays() {
        AccessMatrix.Outcome outcome = MATRIX.check((request, caller) -> {
            Answer answer = call(request, tokens.get(caller));
            return new AccessMatrix.Answer(answer.status(), answer.contentType());
        });

        System.out.println("Access matrix of intake-service (status per caller; '!n' marks a cell that should be n):"
                + outcome.table());
        assertThat(outcome.wrong()).isEmpty();
    }

    @Test
    void everyEndpointOfTheServiceIsInTheMatrix() {
        assertThat(MATRIX.endpoints())
                .as("every endpoint the service answers has a row, and every row an endpoint")
                .isEqualTo(EndpointInventory.of(context));
    }

    @Test
    void tellsACallerWithoutATokenWhichSchemeToUse() {
        Answer answer = get("/actuator/prometheus");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
        assertThat(answer.body().get("type").asString()).isEqualTo("https://perspectief.nl/problems/unauthenticated");
    }

    @Test
    void storesNoRegistrationPostedWithABadTokenAndSaysTheTokenIsInvalid() {
        long registrations = rowsIn("registration_status");

        for (Caller badToken : List.of(Caller.EXPIRED, Caller.ELSEWHERE)) {
            Answer answer = post(WEBSITE_JSON, bearer(tokens.get(badToken)));

            assertThat(answer.status()).as(badToken.name()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).as(badToken.name()).contains("error=\"invalid_token\"");
        }
        assertThat(rowsIn("registration_status")).isEqualTo(registrations);
    }

    private Answer call(AccessMatrix.Request request, String token) {
        String[] headers = bearer(token);
        return switch (request.method()) {
            case "POST" -> post("{}", headers);
            case "GET" -> get(request.path(), headers);
            default -> throw new IllegalArgumentException(request.method());
        };
    }

    private static String[] bearer(String token) {
        return token == null ? new String[0] : new String[] {"Authorization", "Bearer " + token};
    }
}
