package nl.perspectief.localstack;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A whole stack for the end-to-end tests: PostgreSQL with a fresh data folder under target/, the Kafka broker
 * process, Keycloak, GreenMail and every service as child processes on free ports.
 * <p>
 * {@link #shared()}, for the end-to-end tests: one stack for the whole test run, started by the first class that
 * needs it and kept in JUnit's root store, which closes it when the run ends. Starting a stack is most of an
 * end-to-end test's time; sharing it means every test looks only at its own data (its registrations, cases, log
 * lines), never at the stack's totals, and leaves the stack whole (checked before each class). Failsafe runs the
 * classes one after another in one JVM, so what one class does to the stack (KafkaOutageIT stops the broker) no
 * other class sees while it happens.
 * <p>
 * {@link #ownStack()}, for the benchmarks: a stack of the class's own, stopped after it, so that their figures do not
 * depend on what ran before.
 * <p>
 * Either way a shutdown hook stops the stack if the test JVM is stopped first: no child process outlives it.
 */
public final class LocalStackExtension implements BeforeAllCallback, AfterAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(LocalStackExtension.class);

    private final boolean shared;
    private RunningStack running;

    private LocalStackExtension(boolean shared) {
        this.shared = shared;
    }

    /** The one stack of the test run. */
    public static LocalStackExtension shared() {
        return new LocalStackExtension(true);
    }

    /** A stack for this class alone. */
    public static LocalStackExtension ownStack() {
        return new LocalStackExtension(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        var testClass = context.getRequiredTestClass().getSimpleName();
        if (shared) {
            // the root store closes what it holds (AutoCloseable) once every class has run
            running = context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(RunningStack.class, key -> RunningStack.start("end-to-end", testClass), RunningStack.class);
            running.checkWhole(testClass);
        } else {
            running = RunningStack.start(testClass, testClass);
        }
        // the stack's own Keycloak, whatever a class before this one (DockerComposeIT) gave the tokens out from
        StaffTokens.issuedBy(running.stack().keycloak());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!shared && running != null) {
            running.close();
        }
    }

    public Stack stack() {
        return running.stack();
    }

    /** From nothing running to every service healthy. */
    public Duration startUp() {
        return running.startUp();
    }

    private record RunningStack(Stack stack, Thread safetyNet, Duration startUp) implements AutoCloseable {

        static RunningStack start(String name, String testClass) {
            var data = TestDirectories.fresh(name);
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
            var stack = new Stack(settings, MasterKeyFile.generate());
            var safetyNet = new Thread(stack::close, "local-stack-test-safety-net");
            Runtime.getRuntime().addShutdownHook(safetyNet);
            System.out.println("Starting the stack " + data.getFileName() + " for " + testClass + "; logs in " + settings.logs());
            var started = System.nanoTime();
            try {
                stack.start();
            } catch (IOException e) {
                removeSafetyNet(safetyNet); // start() stopped what had started
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                removeSafetyNet(safetyNet);
                throw e;
            }
            var startUp = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Stack up in %d ms%n", startUp.toMillis());
            return new RunningStack(stack, safetyNet, startUp);
        }

        /** Every process still runs: a class before this one must not have left the shared stack broken. */
        void checkWhole(String testClass) {
            var stopped = new ArrayList<String>();
            if (!stack.kafka().isRunning()) {
                stopped.add("the Kafka broker");
            }
            for (var service : List.of(stack.intake(), stack.cases(), stack.messaging(), stack.training())) {
                if (!service.isRunning()) {
                    stopped.add(service.name());
                }
            }
            if (!stopped.isEmpty()) {
                throw new IllegalStateException("the shared stack is not whole before " + testClass + ": " + stopped
                        + " stopped; see the logs in " + stack.settings().logs());
            }
        }

        @Override
        public void close() {
            System.out.println("Stopping the stack " + stack.settings().dataDirectory().getFileName());
            stack.close();
            removeSafetyNet(safetyNet);
        }

        private static void removeSafetyNet(Thread safetyNet) {
            try {
                Runtime.getRuntime().removeShutdownHook(safetyNet);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs or has run: it stops the stack itself
            }
        }
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
