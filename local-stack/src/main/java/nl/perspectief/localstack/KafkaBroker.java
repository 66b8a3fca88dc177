package nl.perspectief.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) in a child JVM, so that it can be
 * stopped, killed and started again on the same ports with the same data, as a real outage would.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final Path configDirectory;
    private final Path logFile;
    private final int port;
    private final int controllerPort;
    private Process process;
    private ProcessGuard guard = ProcessGuard.none();

    /**
     * @param dataDirectory  the broker's log.dirs; formatted on first start only
     * @param configDirectory where server.properties is written on every start
     */
    public KafkaBroker(Path dataDirectory, Path configDirectory, Path logFile, int port, int controllerPort) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.configDirectory = configDirectory.toAbsolutePath();
        this.logFile = logFile.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
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

    /** Formats the data directory if it is new, then starts the broker process; see {@link #awaitReady()}. */
    public synchronized void launch() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException("the broker is running already");
        }
        Files.createDirectories(dataDirectory);
        Files.createDirectories(configDirectory);
        Files.createDirectories(logFile.getParent());
        var config = writeServerProperties();
        if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
            format(config);
        }
        process = javaProcess("kafka.Kafka", config.toString()).start();
        guard.watch(ProcessGuard.Tier.INFRASTRUCTURE, process.toHandle(), "TERM");
    }

    /** Starts the broker and waits until it answers. */
    public void start() throws IOException {
        launch();
        awaitReady();
    }

    /** Waits until the broker serves metadata, failing early if its process ends. */
    public void awaitReady() {
        var deadline = Instant.now().plus(READY_TIMEOUT);
        try (var admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200))) {
            while (true) {
                if (!isRunning()) {
                    throw new IllegalStateException("the Kafka broker stopped while starting; see " + logFile);
                }
                try {
                    var nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3_000)).nodes().get(4, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                } catch (Exception notYet) {
                    // not listening yet: try again until the deadline
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the Kafka broker was not ready within " + READY_TIMEOUT + "; see " + logFile);
                }
            }
        }
    }

    /** A controlled shutdown (SIGTERM), as an operator would stop it. */
    public synchronized void stop() {
        if (process != null) {
            ChildProcesses.stop(process, STOP_GRACE);
            guard.forget(process.toHandle());
            process = null;
        }
    }

    /** A crash (SIGKILL): no controlled shutdown, no flush. */
    public synchronized void kill() {
        if (process != null) {
            ChildProcesses.kill(process);
            guard.forget(process.toHandle());
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Path writeServerProperties() throws IOException {
        var properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDirectory,
                // services declare their topics (NewTopic beans), as they must in production: a typo or a
                // forgotten declaration fails here too instead of creating a one-partition topic silently
                "auto.create.topics.enable=false",
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // the log cleaner (it compacts the consumer offsets) holds its key map on the heap, 128 MB by default:
                // three quarters of this broker's live heap at rest (issue 14). 32 MB maps 1.4 million keys a pass,
                // more than a 100 MB segment of offset commits holds
                "log.cleaner.dedupe.buffer.size=" + (32 * 1024 * 1024),
                "") ;
        var file = configDirectory.resolve("server.properties");
        Files.writeString(file, properties);
        return file;
    }

    private void format(Path config) throws IOException {
        // one cluster id per data directory, kept in meta.properties by the format itself
        var clusterId = Uuid.randomUuid().toString();
        var formatting = javaProcess("kafka.tools.StorageTool", "format", "--config", config.toString(), "--cluster-id", clusterId).start();
        try {
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                formatting.destroyForcibly();
                throw new IOException("formatting the Kafka data directory failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            formatting.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting the Kafka data directory", e);
        }
    }

    private ProcessBuilder javaProcess(String mainClass, String... arguments) {
        var command = new ArrayList<>(ChildProcesses.ownSession());
        command.addAll(List.of(
                ChildProcesses.javaExecutable().toString(),
                // one local broker of a few topics: a small heap, given back after a collection (issue 14)
                "-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-Djava.awt.headless=true",
                ChildProcesses.temporaryDirectoryOption(),
                "-Dlogback.configurationFile=kafka-broker-logback.xml",
                "-cp", ChildProcesses.moduleRuntimeClasspath(),
                mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .redirectInput(Redirect.from(nullDevice()));
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
