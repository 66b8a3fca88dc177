package nl.perspectief.keycloak;


import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server, started from the distribution on Maven Central as a child process, with the realm
 * files of this module imported: the OpenID Connect provider of the local stack and of the tests.
 * <p>
 * Each server has a home folder of its own: a copy of {@code bin/kc.sh} and {@code conf/}, links to the shared
 * built {@code lib/}, {@code providers/} and {@code themes/} (see {@link KeycloakDistribution}), and its own
 * {@code data/} with the H2 database, the realm files to import and its temporary files. So any number of
 * servers can run at once on different ports, and a server started again on the same home keeps its
 * sessions and users; the realms are imported only into an empty database.
 * <p>
 * It listens on 127.0.0.1 only, and says {@code http://localhost:<port>} in its issuer whichever address a
 * client used, so that browsers, services and tests agree on the issuer.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final List<String> SETSID = List.of("/usr/bin/setsid", "/bin/setsid");

    private final Path home;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private final KeycloakDistribution distribution;
    private final boolean seeded;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /**
     * @param home           this server's own folder; created if missing, kept between starts
     * @param httpPort       the port of the realms (and of the issuer)
     * @param managementPort the port of {@code /health}; another than Keycloak's default 9000, so that two
     *                       servers can run at once
     * @param logFile        Keycloak's console output is appended here
     */
    public KeycloakServer(Path home, int httpPort, int managementPort, Path logFile) {
        this(home, httpPort, managementPort, logFile, true);
    }

    private KeycloakServer(Path home, int httpPort, int managementPort, Path logFile, boolean seeded) {
        this.seeded = seeded;
        this.home = home.toAbsolutePath();
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile.toAbsolutePath();
        this.distribution = KeycloakDistribution.ofThisBuild();
    }

    /** A server on two free ports, logging to {@code keycloak.log} in its home: for tests. */
    public static KeycloakServer onFreePorts(Path home) {
        return new KeycloakServer(home, freePort(), freePort(), home.resolve("keycloak.log"));
    }

    /** Starts the server and waits until it is ready. */
    public KeycloakServer start() throws IOException {
        launch();
        awaitReady(DEFAULT_READY_TIMEOUT);
        return this;
    }

    /**
     * Makes everything ready for {@link #launch()}: the distribution (unpacked and built once per machine, which
     * takes a minute or more the first time) and this server's home. {@link #launch()} calls it too; call it
     * first to do the slow part outside a lock.
     */
    public void prepare() throws IOException {
        var distributionHome = distribution.prepared();
        synchronized (this) {
            prepareHome(distributionHome);
            var database = home.resolve("data/h2");
            var seededFrom = home.resolve("data/realm-files.key");
            var realmFiles = realmFilesKey();
            if (seeded && Files.exists(database) && !(Files.exists(seededFrom) && Files.readString(seededFrom).equals(realmFiles))) {
                // the realm files changed since this home was seeded: they are the truth of a local provider,
                // so its users, clients and sessions start again from them
                KeycloakDistribution.deleteRecursively(database);
            }
            if (seeded && !Files.exists(database)) {
                // copied aside and moved, so that an interrupted copy is never taken for a database
                var copying = home.resolve("data/h2.copying");
                KeycloakDistribution.deleteRecursively(copying);
                copyTree(distribution.seedDatabase(realmFiles, KeycloakServer::seed), copying);
                Files.move(copying, database);
                Files.writeString(seededFrom, realmFiles);
            }
        }
    }

    /** Starts the server process without waiting: see {@link #awaitReady(Duration)}. */
    public synchronized void launch() throws IOException {
        if (isRunning()) {
            throw new IllegalStateException("Keycloak is running already");
        }
        prepare();
        Files.createDirectories(logFile.getParent());
        var command = new ArrayList<>(ownSession());
        command.addAll(List.of(
                "/bin/sh", home.resolve("bin/kc.sh").toString(),
                "-Djava.io.tmpdir=" + home.resolve("data/tmp"),
                "start", "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--hostname=" + baseUri(),
                "--import-realm"));
        var builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile.toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        // only what is set here configures it, not KC_* or JAVA_OPTS* variables of whoever started us
        builder.environment().keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms32m -Xmx384m");
        // it stands in for the organisation's provider and signs a few tokens a minute: the client compiler only, and
        // unused heap given back, also when idle (a periodic collection), keep it small at rest (issue 14: the stack in
        // 2 GB). JAVA_OPTS_APPEND comes after Keycloak's own JAVA_OPTS, which choose G1 (a second collector would not
        // start), so these win
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:MinHeapFreeRatio=10 "
                + "-XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=15000");
        process = builder.start();
    }

    /** Waits until Keycloak reports itself ready (realms imported), failing early if its process ends. */
    public void awaitReady(Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            var running = process;
            if (running == null || !running.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit code "
                        + (running == null ? "?" : running.exitValue()) + "); see " + logFile);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Keycloak was not ready within " + timeout + "; see " + logFile);
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The process launched ({@code kc.sh}, which runs Keycloak's JVM as its child and forwards SIGTERM to it). */
    public synchronized Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort);
    }

    /** The issuer of the realm's tokens, e.g. {@code http://localhost:8180/realms/perspectief}. */
    public URI issuerUri(String realm) {
        return URI.create(baseUri() + "/realms/" + realm);
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path home() {
        return home;
    }

    public Path logFile() {
        return logFile;
    }

    public String version() {
        return distribution.version();
    }

    /**
     * An access token by the password grant, which only the test clients allow: for tests and local use only.
     *
     * @throws IllegalStateException when Keycloak refuses, with its error code (never the password)
     */
    public String tokenFor(String realm, String clientId, String username, String password) {
        return PasswordGrant.token(issuerUri(realm), clientId, username, password);
    }

    /** A demo user's access token from the test client of their realm. */
    public String tokenFor(DemoUsers user) {
        return tokenFor(user, Realms.TESTS_CLIENT);
    }

    /** A demo user's access token from the given client of their realm (e.g. {@link Realms#SHORT_LIVED_TESTS_CLIENT}). */
    public String tokenFor(DemoUsers user, String clientId) {
        return tokenFor(user.realm(), clientId, user.username(), user.password());
    }

    /** Stops Keycloak (SIGTERM: its graceful shutdown), killing it and its children after a grace period. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        var running = process;
        process = null;
        // kc.sh runs Keycloak's JVM as its child and forwards SIGTERM to it; remember it in case it lingers
        var children = running.descendants().toList();
        running.destroy();
        try {
            if (!running.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                running.waitFor(10, TimeUnit.SECONDS);
            }
            for (var child : children) {
                if (child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).join().isAlive()) {
                    child.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            children.forEach(ProcessHandle::destroyForcibly);
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void prepareHome(Path distributionHome) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("data/tmp"));
        // kc.sh takes the home from its own location, so it is copied, not linked
        var script = home.resolve("bin/kc.sh");
        Files.copy(distributionHome.resolve("bin/kc.sh"), script, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (!Files.isDirectory(home.resolve("conf"))) {
            copyTree(distributionHome.resolve("conf"), home.resolve("conf"));
        }
        for (var shared : List.of("lib", "providers", "themes")) {
            link(home.resolve(shared), distributionHome.resolve(shared));
        }
        var imports = Files.createDirectories(home.resolve("data/import"));
        for (var realmFile : Realms.FILES) {
            try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/" + realmFile)) {
                if (in == null) {
                    throw new IllegalStateException("realm file keycloak/" + realmFile + " is missing from the classpath");
                }
                Files.copy(in, imports.resolve(realmFile), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** The server that makes the seed database: started without a seed, imports the realms, stops cleanly. */
    private static void seed(Path home) throws IOException {
        try (var server = new KeycloakServer(home, freePort(), freePort(), home.resolve("keycloak.log"), false)) {
            server.start();
        }
    }

    private static String realmFilesKey() throws IOException {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var realmFile : Realms.FILES) {
                try (InputStream in = KeycloakServer.class.getResourceAsStream("/keycloak/" + realmFile)) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points {@code link} at {@code target}, replacing a link to another version's distribution. */
    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            KeycloakDistribution.deleteRecursively(link);
        }
        Files.createSymbolicLink(link, target);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (var walk = Files.walk(source)) {
            for (var path : walk.toList()) {
                var copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Keycloak in a session of its own, so that Ctrl-C in a terminal reaches only the launcher, which stops it in order. */
    private static List<String> ownSession() {
        return SETSID.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().map(List::of).orElse(List.of());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For diagnostics: the settings a server was started with, no secrets among them. */
    @Override
    public String toString() {
        return "Keycloak " + version() + " at " + baseUri() + " (management port " + managementPort + ", home " + home + ")";
    }
}
