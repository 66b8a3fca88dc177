package nl.perspectief.localstack;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One whole stack per test class: PostgreSQL with a fresh data folder under target/, the Kafka broker process,
 * Keycloak, GreenMail and every service as child processes on free ports. Everything is stopped after the class, also
 * when a test fails, and by a shutdown hook if the test JVM is stopped before that.
 */
public final class LocalStackExtension implements BeforeAllCallback, AfterAllCallback {

    private Stack stack;
    private Thread safetyNet;
    private Duration startUp;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        var data = TestDirectories.fresh(context.getRequiredTestClass().getSimpleName());
        var settings = new StackSettings(data,
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                jar("perspectief.intake-service.jar"), jar("perspectief.case-service.jar"),
                jar("perspectief.messaging-service.jar"), jar("perspectief.training-service.jar"),
                // every request of these tests comes from one address, far more than a person's 10 a minute;
                // intake-service's own tests check the limits
                Map.of("INTAKE_RATE_LIMIT_PER_CLIENT", "1000000", "INTAKE_RATE_LIMIT_PER_CLIENT_BURST", "1000000",
                        "INTAKE_RATE_LIMIT_OVERALL", "1000000", "INTAKE_RATE_LIMIT_OVERALL_BURST", "1000000"),
                FreePorts.next(), FreePorts.next());
        stack = new Stack(settings, MasterKeyFile.generate());
        safetyNet = new Thread(stack::close, "local-stack-test-safety-net");
        Runtime.getRuntime().addShutdownHook(safetyNet);
        System.out.println("Starting the stack for " + context.getRequiredTestClass().getSimpleName() + "; logs in " + settings.logs());
        var started = System.nanoTime();
        stack.start();
        StaffTokens.issuedBy(stack.keycloak());
        startUp = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Stack up in %d ms%n", startUp.toMillis());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stack != null) {
            stack.close();
            Runtime.getRuntime().removeShutdownHook(safetyNet);
        }
    }

    public Stack stack() {
        return stack;
    }

    /** From nothing running to every service healthy. */
    public Duration startUp() {
        return startUp;
    }

    private static Path jar(String property) {
        var path = System.getProperty(property);
        if (path == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the end-to-end tests through Maven (./mvnw verify)");
        }
        var jar = Path.of(path);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar + ": package the services first (./mvnw verify builds them)");
        }
        return jar;
    }
}
