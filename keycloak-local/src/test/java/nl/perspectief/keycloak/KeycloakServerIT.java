package nl.perspectief.keycloak;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real Keycloak from the distribution, with the realm files imported, issues the tokens the services will check. */
class KeycloakServerIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() throws IOException {
        keycloak = KeycloakServer.onFreePorts(freshHome("it"));
        var started = System.nanoTime();
        keycloak.start();
        System.out.printf("Keycloak %s ready in %d ms (%s)%n", keycloak.version(), Duration.ofNanos(System.nanoTime() - started).toMillis(), keycloak);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = DemoUsers.class, names = "MEDIATOR_ELSEWHERE", mode = EnumSource.Mode.EXCLUDE)
    void aDemoUsersTokenComesFromTheStaffIssuerWithTheirFixedIdAndExactlyTheirRole(DemoUsers user) {
        var claims = claimsOf(keycloak.tokenFor(user));

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuerUri(Realms.PERSPECTIEF).toString());
        assertThat(claims.path("sub").asString()).isEqualTo(user.id().toString());
        assertThat(roles(claims)).containsExactly(user.role());
    }

    @Test
    void theShortLivedClientsTokensExpireOneSecondAfterTheyAreIssued() {
        var claims = claimsOf(keycloak.tokenFor(DemoUsers.DESK, Realms.SHORT_LIVED_TESTS_CLIENT));

        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(1);
    }

    @Test
    void theOrdinaryTestClientsTokensLiveFiveMinutes() {
        var claims = claimsOf(keycloak.tokenFor(DemoUsers.DESK));

        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void theOtherRealmIssuesTokensWithTheSameRoleNamesUnderAnotherIssuer() {
        var claims = claimsOf(keycloak.tokenFor(DemoUsers.MEDIATOR_ELSEWHERE));

        assertThat(claims.path("iss").asString())
                .isEqualTo(keycloak.issuerUri(Realms.ELSEWHERE).toString())
                .isNotEqualTo(keycloak.issuerUri(Realms.PERSPECTIEF).toString());
        assertThat(claims.path("sub").asString()).isEqualTo(DemoUsers.MEDIATOR_ELSEWHERE.id().toString());
        assertThat(roles(claims)).containsExactly("MEDIATOR");
    }

    @Test
    void theIssuerSaysLocalhostWhicheverAddressTheClientUsed() throws Exception {
        var viaLoopbackAddress = URI.create("http://127.0.0.1:" + keycloak.httpPort() + "/realms/perspectief/.well-known/openid-configuration");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(viaLoopbackAddress).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("issuer").asString()).isEqualTo(keycloak.issuerUri(Realms.PERSPECTIEF).toString());
    }

    @Test
    void refusesAWrongPasswordWithoutNamingIt() {
        assertThatThrownBy(() -> keycloak.tokenFor(Realms.PERSPECTIEF, Realms.TESTS_CLIENT, DemoUsers.TRAINER.username(), "not-the-password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("invalid_grant")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void theWebClientDoesNotAllowThePasswordGrant() {
        assertThatThrownBy(() -> keycloak.tokenFor(Realms.PERSPECTIEF, Realms.WEB_CLIENT, DemoUsers.DESK.username(), DemoUsers.DESK.password()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageMatching(".*(400|401).*");
    }

    @Test
    void aSecondServerRunsBesideTheFirstAndKeepsItsDataAcrossARestart() throws IOException {
        var home = freshHome("second");
        try (var second = KeycloakServer.onFreePorts(home)) {
            var firstStart = System.nanoTime();
            second.start();
            var firstStartMillis = Duration.ofNanos(System.nanoTime() - firstStart).toMillis();
            var before = claimsOf(second.tokenFor(DemoUsers.MEDIATOR_ANNA));
            second.stop();
            assertThat(second.isRunning()).isFalse();

            var restart = System.nanoTime();
            second.start();
            var restartMillis = Duration.ofNanos(System.nanoTime() - restart).toMillis();
            var after = claimsOf(second.tokenFor(DemoUsers.MEDIATOR_ANNA));

            System.out.printf("second Keycloak: fresh home ready in %d ms, restarted in %d ms%n", firstStartMillis, restartMillis);
            assertThat(before.path("iss").asString()).isNotEqualTo(keycloak.issuerUri(Realms.PERSPECTIEF).toString());
            assertThat(after.path("iss").asString()).isEqualTo(before.path("iss").asString());
            assertThat(after.path("sub").asString()).isEqualTo(DemoUsers.MEDIATOR_ANNA.id().toString());
            assertThat(claimsOf(keycloak.tokenFor(DemoUsers.MEDIATOR_ANNA)).path("iss").asString())
                    .isEqualTo(keycloak.issuerUri(Realms.PERSPECTIEF).toString());
        }
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("").contains(home.toString())))
                .as("nothing of the stopped server is left running").isEmpty();
    }

    @Test
    void aHomeSeededFromOtherRealmFilesStartsAgainFromTheCurrentOnesAndIsKeptOtherwise() throws IOException {
        var home = freshHome("reseeded");
        var server = KeycloakServer.onFreePorts(home);
        server.prepare();
        var database = home.resolve("data/h2");
        var seededFrom = home.resolve("data/realm-files.key");
        var current = Files.readString(seededFrom);
        var keptMark = Files.writeString(database.resolve("kept.mark"), "from this home's own use");

        server.prepare();
        assertThat(keptMark).as("same realm files: the home's database is kept").exists();

        Files.writeString(seededFrom, "realm-files-of-an-older-checkout");
        server.prepare();

        assertThat(keptMark).as("changed realm files: the database starts again from the seed").doesNotExist();
        assertThat(Files.readString(seededFrom)).isEqualTo(current);
        assertThat(database).isDirectory();
    }

    private static JsonNode claimsOf(String jwt) {
        var parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> roles(JsonNode claims) {
        return StreamSupport.stream(claims.path("realm_access").path("roles").spliterator(), false).map(JsonNode::asString).toList();
    }

    private static Path freshHome(String name) throws IOException {
        var stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        return Files.createDirectories(Path.of("target", "keycloak", name + "-" + stamp).toAbsolutePath());
    }
}
