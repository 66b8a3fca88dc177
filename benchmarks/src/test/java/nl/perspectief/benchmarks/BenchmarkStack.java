package nl.perspectief.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.localstack.FreePorts;
import nl.perspectief.localstack.MasterKeyFile;
import nl.perspectief.localstack.Stack;
import nl.perspectief.localstack.StackSettings;

/**
 * The whole stack as {@code ./run} starts it (PostgreSQL durable, the Kafka broker, Keycloak, GreenMail, every service
 * in its own JVM), on free ports with a fresh data folder under {@code target/}, and intake's rate limits raised: the
 * load comes from one address, far above a person's 10 a minute. Stopped on close, and by a shutdown hook if the JVM
 * is stopped first, so no child outlives the run.
 */
final class BenchmarkStack implements AutoCloseable {

    private static final Duration KEEP_TOKEN = Duration.ofMinutes(2);

    private final Stack stack;
    private final Duration startUp;
    private final Thread safetyNet;
    private final Map<DemoUsers, Token> tokens = new ConcurrentHashMap<>();

    private BenchmarkStack(Stack stack, Duration startUp, Thread safetyNet) {
        this.stack = stack;
        this.startUp = startUp;
        this.safetyNet = safetyNet;
    }

    /** @param folder where each run gets a data folder of its own: a second run never starts on the first one's data */
    static BenchmarkStack start(Path folder) throws IOException {
        Path data = folder.resolve("run-" + System.currentTimeMillis());
        Files.createDirectories(data);
        // the test JVM's temporary folder is under target/ (the build's test.tmpdir) and made by nobody else here;
        // the embedded PostgreSQL writes a script into it
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        String unlimited = "100000000";
        StackSettings settings = new StackSettings(data, FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next(),
                jar("perspectief.intake-service.jar"), jar("perspectief.case-service.jar"),
                jar("perspectief.messaging-service.jar"), jar("perspectief.training-service.jar"),
                Map.of("INTAKE_RATE_LIMIT_PER_CLIENT", unlimited, "INTAKE_RATE_LIMIT_PER_CLIENT_BURST", unlimited,
                        "INTAKE_RATE_LIMIT_OVERALL", unlimited, "INTAKE_RATE_LIMIT_OVERALL_BURST", unlimited),
                FreePorts.next(), FreePorts.next());
        Stack stack = new Stack(settings, MasterKeyFile.generate());
        Thread safetyNet = new Thread(stack::close, "benchmark-stack-safety-net");
        Runtime.getRuntime().addShutdownHook(safetyNet);
        long started = System.nanoTime();
        stack.start();
        return new BenchmarkStack(stack, Duration.ofNanos(System.nanoTime() - started), safetyNet);
    }

    Stack stack() {
        return stack;
    }

    /** From nothing running to every service healthy. */
    Duration startUp() {
        return startUp;
    }

    /** {@code Bearer <token>} of a demo user from the stack's Keycloak, kept two minutes (they live five). */
    String bearer(DemoUsers user) {
        return "Bearer " + tokens.compute(user, (who, kept) -> kept != null
                && Instant.now().isBefore(kept.fetchedAt().plus(KEEP_TOKEN)) ? kept
                : new Token(stack.keycloak().tokenFor(who), Instant.now())).value();
    }

    private record Token(String value, Instant fetchedAt) {
    }

    @Override
    public void close() {
        stack.close();
        Runtime.getRuntime().removeShutdownHook(safetyNet);
    }

    private static Path jar(String property) {
        String path = System.getProperty(property);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("no runnable jar in " + property + " (" + path + "): run through Maven, "
                    + "./mvnw -B -pl benchmarks -am -Pplatform-benchmark -DskipTests verify");
        }
        return Path.of(path);
    }
}
