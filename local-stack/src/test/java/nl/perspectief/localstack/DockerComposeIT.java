package nl.perspectief.localstack;

import nl.perspectief.keycloak.PasswordGrant;

import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.io.File;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deployment in docker-compose.yml works as the local stack does: every service becomes healthy (messaging-service and training-service
 * included), and a registration posted to intake becomes a case in case-service. Skipped, with the reason in the
 * report, where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class DockerComposeIT {

    private static final int INTAKE_PORT = 8081;
    private static final int CASE_PORT = 8082;
    private static final int MESSAGING_PORT = 8083;
    private static final int TRAINING_PORT = 8084;
    private static final int KEYCLOAK_PORT = 8180;

    @Test
    void aRegistrationPostedToTheComposedIntakeServiceBecomesACase() throws Exception {
        var composeFile = new File(System.getProperty("perspectief.compose-file", "../docker-compose.yml"));
        var exportKeys = ExportSigningKeyFiles.generate();
        try (var compose = new ComposeContainer(composeFile)
                .withEnv("PERSPECTIEF_MASTER_KEY", MasterKeyFile.generate())
                .withEnv("PERSPECTIEF_EXPORT_SIGNING_KEY", exportKeys.signingKey())
                .withEnv("PERSPECTIEF_EXPORT_VERIFYING_KEY", exportKeys.verifyingKey())
                .withBuild(true)
                .withRemoveVolumes(true)
                .withExposedService("intake-service", INTAKE_PORT, Wait.forHttp("/actuator/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(15)))
                .withExposedService("case-service", CASE_PORT, Wait.forHttp("/actuator/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(15)))
                .withExposedService("messaging-service", MESSAGING_PORT, Wait.forHttp("/actuator/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(15)))
                .withExposedService("training-service", TRAINING_PORT, Wait.forHttp("/actuator/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(15)))
                .withExposedService("keycloak", KEYCLOAK_PORT, Wait.forHttp("/realms/perspectief").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(15)))) {
            compose.start();
            // the desk reads the case with a token of the composed Keycloak, whose issuer the services trust
            var keycloak = uri(compose, "keycloak", KEYCLOAK_PORT);
            StaffTokens.issuedBy(user -> PasswordGrant.token(keycloak, user));
            var registrations = new Registrations(
                    uri(compose, "intake-service", INTAKE_PORT),
                    uri(compose, "case-service", CASE_PORT));

            var receipt = registrations.submit(Registrations.EXAMPLE);

            assertThat(receipt.status()).isEqualTo(201);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                    .until(() -> registrations.caseFor(receipt.reference()).isPresent());
            assertThat(registrations.caseFor(receipt.reference())).get()
                    .satisfies(c -> assertThat(c.path("status").asString()).isEqualTo("AWAITING_TRIAGE"));
        }
    }

    private static URI uri(ComposeContainer compose, String service, int port) {
        return URI.create("http://" + compose.getServiceHost(service, port) + ":" + compose.getServicePort(service, port));
    }
}
