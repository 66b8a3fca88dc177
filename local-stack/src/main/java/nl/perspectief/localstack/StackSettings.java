package nl.perspectief.localstack;

import java.nio.file.Path;

/**
 * Where the stack keeps its data and which ports it uses.
 *
 * @param dataDirectory holds postgres/, kafka/, logs/ and master.key
 */
public record StackSettings(
        Path dataDirectory,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int intakePort,
        int casePort,
        Path intakeJar,
        Path caseJar) {

    public static final int DEFAULT_POSTGRES_PORT = 54320;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_INTAKE_PORT = 8081;
    public static final int DEFAULT_CASE_PORT = 8082;

    public Path logs() {
        return dataDirectory.resolve("logs");
    }
}
