package nl.perspectief.localstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of the platform's Spring Boot services, run from its runnable jar in a child JVM. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * Opt-in: extra options for every service's JVM, separated by spaces, with {@code {service}} standing for the
     * service's name, e.g. {@code -XX:StartFlightRecording=filename=/tmp/{service}.jfr,settings=profile} to profile
     * the services under load. Read from the environment of whoever starts the stack (./run, a test, a benchmark).
     */
    public static final String EXTRA_JVM_OPTIONS_ENV = "PERSPECTIEF_SERVICE_JVM_OPTIONS";
    /**
     * Each service's heap and collector (issue 14: the whole stack at rest in 2 GB). The serial collector keeps no
     * concurrent threads or remembered sets, which a heap this size does not need, and gives unused heap back after a
     * collection (the free ratios); the heap starts small and grows to 512 MB under load. Options in
     * {@link #EXTRA_JVM_OPTIONS_ENV} come after these, so they win (but not another collector: a JVM refuses two).
     */
    static final List<String> MEMORY_OPTIONS = List.of("-Xms32m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30");
    private static final Duration STOP_GRACE = Duration.ofSeconds(40);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private ProcessGuard guard = ProcessGuard.none();

    /**
     * @param environment added to the launcher's environment; holds the master key, so it is never printed
     */
    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.jar = jar.toAbsolutePath();
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile.toAbsolutePath();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Tells {@code guard} of each process this starts, so that it is stopped if the launcher dies without stopping it. */
    void guardedBy(ProcessGuard guard) {
        this.guard = guard;
    }

    public synchronized void launch() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException(name + " is running already");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar for " + name + " at " + jar + ": build it first (./mvnw -DskipTests install)");
        }
        Files.createDirectories(logFile.getParent());
        var command = new ArrayList<>(ChildProcesses.ownSession());
        command.addAll(List.of(
                ChildProcesses.javaExecutable().toString()));
        command.addAll(MEMORY_OPTIONS);
        command.addAll(List.of(
                "-Daxoniq.update-checker.disabled=true",
                "-Djava.awt.headless=true",
                ChildProcesses.temporaryDirectoryOption()));
        command.addAll(extraJvmOptions(System.getenv(EXTRA_JVM_OPTIONS_ENV), name));
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .redirectInput(Redirect.from(new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        // until staff sign in (issue 4), nothing but this machine may reach the services
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        process = builder.start();
        guard.watch(ProcessGuard.Tier.SERVICES, process.toHandle(), "TERM");
    }

    static List<String> extraJvmOptions(String configured, String service) {
        if (configured == null || configured.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(configured.strip().split("\\s+"))
                .map(option -> option.replace("{service}", service))
                .toList();
    }

    /** Waits until {@code /actuator/health} says UP, failing early if the process ends. */
    public void awaitHealthy(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        var health = HttpRequest.newBuilder(baseUri().resolve("/actuator/health")).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!isRunning()) {
                throw new IllegalStateException(name + " stopped while starting (exit code "
                        + (process == null ? "?" : process.exitValue()) + "); see " + logFile);
            }
            try {
                var response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + logFile);
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
    }

    /** Calls {@code listener} with the exit code if the process ends without {@link #stop()}. */
    public synchronized void onUnexpectedExit(java.util.function.IntConsumer listener) {
        var watched = process;
        if (watched != null) {
            watched.onExit().thenAccept(p -> {
                synchronized (this) {
                    if (process == watched) {
                        listener.accept(p.exitValue());
                    }
                }
            });
        }
    }

    /** Graceful stop (SIGTERM: Spring's graceful shutdown), killed after a grace period. */
    public synchronized void stop() {
        if (process != null) {
            ChildProcesses.stop(process, STOP_GRACE);
            guard.forget(process.toHandle());
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
