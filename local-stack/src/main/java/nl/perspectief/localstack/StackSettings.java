package nl.perspectief.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack keeps its data and which ports it uses.
 *
 * @param dataDirectory          holds postgres/, kafka/, keycloak/, logs/ and master.key
 * @param keycloakPort           Keycloak's HTTP port: the issuer is {@code http://localhost:<port>/realms/perspectief}
 * @param keycloakManagementPort Keycloak's health endpoints
 * @param intakeEnvironment      settings for intake-service beyond the stack's own, e.g. the higher rate limits a load
 *                               test from one address needs
 * @param greenMailSmtpPort      the mail catcher's SMTP port, where the services send mail ({@code MAIL_PORT})
 * @param greenMailApiPort       the mail catcher's web page and REST API, where a person reads those mails
 */
public record StackSettings(
        Path dataDirectory,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int intakePort,
        int casePort,
        int messagingPort,
        int trainingPort,
        int keycloakPort,
        int keycloakManagementPort,
        Path intakeJar,
        Path caseJar,
        Path messagingJar,
        Path trainingJar,
        Map<String, String> intakeEnvironment,
        int greenMailSmtpPort,
        int greenMailApiPort) {

    public static final int DEFAULT_POSTGRES_PORT = 54320;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_INTAKE_PORT = 8081;
    public static final int DEFAULT_CASE_PORT = 8082;
    public static final int DEFAULT_MESSAGING_PORT = 8083;
    public static final int DEFAULT_TRAINING_PORT = 8084;
    public static final int DEFAULT_KEYCLOAK_PORT = 8180;
    public static final int DEFAULT_KEYCLOAK_MANAGEMENT_PORT = 9180;
    public static final int DEFAULT_GREENMAIL_SMTP_PORT = 3025;
    public static final int DEFAULT_GREENMAIL_API_PORT = 8025;

    public StackSettings {
        intakeEnvironment = Map.copyOf(intakeEnvironment);
    }

    /** The stack as configured for people: each service with its own defaults. */
    public StackSettings(Path dataDirectory, int postgresPort, int kafkaPort, int kafkaControllerPort, int intakePort,
                         int casePort, int messagingPort, int trainingPort, int keycloakPort,
                         int keycloakManagementPort, Path intakeJar, Path caseJar, Path messagingJar, Path trainingJar,
                         int greenMailSmtpPort, int greenMailApiPort) {
        this(dataDirectory, postgresPort, kafkaPort, kafkaControllerPort, intakePort, casePort, messagingPort,
                trainingPort, keycloakPort, keycloakManagementPort, intakeJar, caseJar, messagingJar, trainingJar, Map.of(),
                greenMailSmtpPort, greenMailApiPort);
    }

    public Path logs() {
        return dataDirectory.resolve("logs");
    }
}
