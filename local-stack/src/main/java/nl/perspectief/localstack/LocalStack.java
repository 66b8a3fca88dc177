package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.Realms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole platform on this machine with only a JDK: PostgreSQL, a KRaft Kafka broker, Keycloak and the services,
 * data kept in {@code .local-data/} at the repository root (or {@code PERSPECTIEF_DATA_DIR}). Ctrl-C stops it all.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws Exception {
        var started = System.nanoTime();
        var repositoryRoot = repositoryRoot();
        var settings = new StackSettings(
                dataDirectory(repositoryRoot),
                port("PERSPECTIEF_POSTGRES_PORT", StackSettings.DEFAULT_POSTGRES_PORT),
                port("PERSPECTIEF_KAFKA_PORT", StackSettings.DEFAULT_KAFKA_PORT),
                port("PERSPECTIEF_KAFKA_CONTROLLER_PORT", StackSettings.DEFAULT_KAFKA_CONTROLLER_PORT),
                port("PERSPECTIEF_INTAKE_PORT", StackSettings.DEFAULT_INTAKE_PORT),
                port("PERSPECTIEF_CASE_PORT", StackSettings.DEFAULT_CASE_PORT),
                port("PERSPECTIEF_MESSAGING_PORT", StackSettings.DEFAULT_MESSAGING_PORT),
                port("PERSPECTIEF_TRAINING_PORT", StackSettings.DEFAULT_TRAINING_PORT),
                port("PERSPECTIEF_KEYCLOAK_PORT", StackSettings.DEFAULT_KEYCLOAK_PORT),
                port("PERSPECTIEF_KEYCLOAK_MANAGEMENT_PORT", StackSettings.DEFAULT_KEYCLOAK_MANAGEMENT_PORT),
                serviceJar(repositoryRoot, "intake-service"),
                serviceJar(repositoryRoot, "case-service"),
                serviceJar(repositoryRoot, "messaging-service"),
                serviceJar(repositoryRoot, "training-service"),
                port("PERSPECTIEF_GREENMAIL_SMTP_PORT", StackSettings.DEFAULT_GREENMAIL_SMTP_PORT),
                port("PERSPECTIEF_GREENMAIL_API_PORT", StackSettings.DEFAULT_GREENMAIL_API_PORT));
        refuseIfPortsAreTaken(settings);

        System.out.println("Starting the local stack; data in " + settings.dataDirectory() + ", logs in " + settings.logs());
        var masterKey = MasterKeyFile.loadOrCreate(settings.dataDirectory().resolve("master.key"));
        var stack = new Stack(settings, masterKey);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping: services, then Keycloak, GreenMail, Kafka and PostgreSQL...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (IOException | RuntimeException e) {
            System.err.println("The local stack did not start: " + e.getMessage());
            System.exit(1);
        }
        var took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("""

                Perspectief local stack is up (started in %.1f s)
                  intake-service     %s   POST /api/registrations
                  case-service       %s   GET  /api/cases?registrationReference=...
                  messaging-service  %s   GET  /api/cases/{caseId}/correspondence
                  training-service   %s/courses   (the public course calendar; trainers: %s/trainer)
                  staff pages        %s/   %s/correspondence   (sign in as a demo user below)
                  actuator           %s/actuator/health   %s/actuator/health   %s/actuator/health   %s/actuator/health
                  API described      %s/swagger-ui.html (open)   %s/swagger-ui.html   %s/swagger-ui.html   %s/swagger-ui.html (signed-in staff)
                  PostgreSQL         jdbc:postgresql://localhost:%d/{intake,cases,messaging,training}  (each service: <service>_owner migrates, <service>_app runs)
                  Kafka              %s
                  Keycloak           %s   issuer %s
                  mailbox            %s   every mail the services send (GreenMail, SMTP %s:%d); one person's:
                                     curl -s %s/api/user/<address>/messages
                  case exports       signed with the key in %s; verify one: scripts/verify-export --key %s <file>
                %s
                Press Ctrl-C to stop everything.
                %n""",
                took.toMillis() / 1000.0,
                stack.intake().baseUri(), stack.cases().baseUri(), stack.messaging().baseUri(),
                stack.training().baseUri(), stack.training().baseUri(),
                stack.cases().baseUri(), stack.messaging().baseUri(),
                stack.intake().baseUri(), stack.cases().baseUri(), stack.messaging().baseUri(), stack.training().baseUri(),
                stack.intake().baseUri(), stack.cases().baseUri(), stack.messaging().baseUri(), stack.training().baseUri(),
                settings.postgresPort(), stack.kafka().bootstrapServers(),
                stack.keycloak().baseUri(), stack.staffIssuer(),
                stack.mail().webUri(), stack.mail().smtpHost(), stack.mail().smtpPort(), stack.mail().webUri(),
                settings.dataDirectory().resolve(ExportSigningKeyFiles.PUBLIC_FILE),
                settings.dataDirectory().resolve(ExportSigningKeyFiles.PUBLIC_FILE),
                demoUsers());
        stack.intake().onUnexpectedExit(code -> System.err.println("intake-service stopped (exit code " + code + "); see " + stack.intake().logFile()));
        stack.cases().onUnexpectedExit(code -> System.err.println("case-service stopped (exit code " + code + "); see " + stack.cases().logFile()));
        stack.messaging().onUnexpectedExit(code -> System.err.println("messaging-service stopped (exit code " + code + "); see " + stack.messaging().logFile()));
        stack.training().onUnexpectedExit(code -> System.err.println("training-service stopped (exit code " + code + "); see " + stack.training().logFile()));
        stopped.await();
    }

    /** The demo users' table: local-only accounts of the realm file, no real person's data (see the README). */
    private static String demoUsers() {
        var table = new StringBuilder("  Demo users (local only; README, \"Demo users\"), password = username + \"-demo\":\n");
        for (var user : DemoUsers.values()) {
            if (user.realm().equals(Realms.PERSPECTIEF)) {
                table.append(String.format("    %-15s %-20s %s%n", user.username(), user.password(), user.role()));
            }
        }
        return table.toString().stripTrailing();
    }

    private static Path repositoryRoot() {
        var configured = System.getProperty("perspectief.repository-root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        // local-stack/target/classes -> the repository root
        return ChildProcesses.moduleClasses().toAbsolutePath().getParent().getParent().getParent();
    }

    private static Path dataDirectory(Path repositoryRoot) {
        var configured = System.getenv("PERSPECTIEF_DATA_DIR");
        return configured == null || configured.isBlank()
                ? repositoryRoot.resolve(".local-data")
                : Path.of(configured).toAbsolutePath();
    }

    private static Path serviceJar(Path repositoryRoot, String module) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-exec.jar");
    }

    private static int port(String variable, int defaultPort) {
        var configured = System.getenv(variable);
        if (configured == null || configured.isBlank()) {
            return defaultPort;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, was: " + configured);
        }
    }

    private static void refuseIfPortsAreTaken(StackSettings settings) {
        var ports = new LinkedHashMap<String, Integer>();
        ports.put("PostgreSQL", settings.postgresPort());
        ports.put("Kafka", settings.kafkaPort());
        ports.put("Kafka controller", settings.kafkaControllerPort());
        ports.put("intake-service", settings.intakePort());
        ports.put("case-service", settings.casePort());
        ports.put("messaging-service", settings.messagingPort());
        ports.put("training-service", settings.trainingPort());
        ports.put("Keycloak", settings.keycloakPort());
        ports.put("Keycloak management", settings.keycloakManagementPort());
        ports.put("GreenMail SMTP", settings.greenMailSmtpPort());
        ports.put("GreenMail web and API", settings.greenMailApiPort());
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            try (var socket = new ServerSocket(port.getValue(), 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                System.err.printf("Port %d (%s) is in use: is a local stack already running? Stop it, or set PERSPECTIEF_*_PORT (see local-stack/README.md).%n",
                        port.getValue(), port.getKey());
                System.exit(2);
            }
        }
    }
}
