package nl.perspectief.localstack;

import java.io.File;
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

/**
 * The stack's mail catcher: GreenMail, a real SMTP server that keeps every mail the services send instead of
 * delivering it, with a web page (its API described in Swagger UI) and a REST API to read them per recipient. It is
 * greenmail-standalone in a child JVM, as Kafka is: that one jar carries its own SLF4J 1.7, Log4j, Jersey and Jackson 2,
 * which must not meet the launcher's Logback and SLF4J 2 on one classpath. Its mails live in memory: a restart of
 * the stack empties the mailbox. It logs its start-up and warnings only: at INFO it would name every new mailbox's
 * address, and no log of the stack holds personal data.
 */
public final class GreenMailServer implements AutoCloseable {

    /** Where the build puts the jar (maven-dependency-plugin); a system property of this name overrides it. */
    static final String JAR_PROPERTY = "perspectief.greenmail.jar";
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Path jar;
    private final int smtpPort;
    private final int apiPort;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private ProcessGuard guard = ProcessGuard.none();

    public GreenMailServer(Path jar, int smtpPort, int apiPort, Path logFile) {
        this.jar = jar.toAbsolutePath();
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.logFile = logFile.toAbsolutePath();
    }

    /** greenmail-standalone as this module's build copied it to {@code target/greenmail/}. */
    public static Path standaloneJar() {
        var configured = System.getProperty(JAR_PROPERTY);
        return configured != null ? Path.of(configured)
                : ChildProcesses.moduleClasses().toAbsolutePath().getParent().resolve("greenmail").resolve("greenmail-standalone.jar");
    }

    /** Where the services send: {@code MAIL_HOST}. */
    public String smtpHost() {
        return "127.0.0.1";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** The mailbox for people: Swagger UI here, mails under {@code /api/user/<address>/messages}. */
    public URI webUri() {
        return URI.create("http://localhost:" + apiPort);
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
            throw new IllegalStateException("GreenMail is running already");
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no GreenMail at " + jar + ": build the local-stack module first (./mvnw -DskipTests install)");
        }
        Files.createDirectories(logFile.getParent());
        var command = new ArrayList<>(ChildProcesses.ownSession());
        command.addAll(List.of(
                ChildProcesses.javaExecutable().toString(),
                // a mail catcher of a few mails a minute: the serial collector and a small heap given back, as the
                // broker's (issue 14: 114 MB at rest with G1, 75 MB so)
                "-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                ChildProcesses.temporaryDirectoryOption(),
                // SMTP only, on this machine only; any address is a mailbox, created when its first mail arrives
                "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled",
                // its own logging config from this module's classes: start-up and warnings, never a mailbox's address
                "-Dlog4j2.configurationFile=greenmail-log4j2.xml",
                "-cp", jar + File.pathSeparator + ChildProcesses.moduleClasses(),
                "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner"));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .redirectInput(Redirect.from(new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null")))
                .start();
        guard.watch(ProcessGuard.Tier.INFRASTRUCTURE, process.toHandle(), "TERM");
    }

    /** Waits until its API says the SMTP server runs, failing early if the process ends. */
    public void awaitReady(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        var readiness = HttpRequest.newBuilder(webUri().resolve("/api/service/readiness")).timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!isRunning()) {
                throw new IllegalStateException("GreenMail stopped while starting; see " + logFile);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for GreenMail", e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("GreenMail was not ready within " + timeout + "; see " + logFile);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for GreenMail", e);
            }
        }
    }

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
