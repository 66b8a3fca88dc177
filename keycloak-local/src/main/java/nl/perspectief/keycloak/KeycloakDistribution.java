package nl.perspectief.keycloak;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The Keycloak distribution from Maven Central, unpacked and built once per version and build options into a
 * cache folder shared by every module, test run and local stack on this machine, so that no build unpacks
 * 177 MB or runs Keycloak's 35-second build step again.
 * <p>
 * The cache lives outside {@code target/} on purpose: {@code clean} would otherwise throw it away, and a
 * running local stack uses it. Where it is: {@code -Dperspectief.keycloak.cache-dir}, else
 * {@code PERSPECTIEF_KEYCLOAK_CACHE}, else {@code $XDG_CACHE_HOME/perspectief/keycloak}, else
 * {@code ~/.cache/perspectief/keycloak}.
 * <p>
 * Servers start it with {@code --optimized} and never build again, so the shared {@code lib/} is only ever
 * read while servers run. Every server has a home of its own (see {@link KeycloakServer}).
 */
final class KeycloakDistribution {

    /**
     * Keycloak's build-time options, fixed for every server started from this cache: an H2 file database in
     * each server's own home, the health endpoints on the management port, and a local cache, so that two
     * servers on one machine never find each other and form a cluster.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true", "--cache=local");

    private static final String READY_MARKER = ".perspectief-ready";
    private static final long BUILD_TIMEOUT_MINUTES = 10;

    private final String version;
    private final Path zip;
    private final Path cacheRoot;

    KeycloakDistribution(String version, Path zip, Path cacheRoot) {
        this.version = version;
        this.zip = zip.toAbsolutePath();
        this.cacheRoot = cacheRoot.toAbsolutePath();
    }

    /** The distribution this module was built with (from keycloak-local.properties), overridable by settings. */
    static KeycloakDistribution ofThisBuild() {
        var properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak-local.properties")) {
            if (in == null) {
                throw new IllegalStateException("keycloak-local.properties is missing: build keycloak-local with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var zip = setting("perspectief.keycloak.distribution", "PERSPECTIEF_KEYCLOAK_DISTRIBUTION",
                properties.getProperty("distribution.zip"));
        var cache = setting("perspectief.keycloak.cache-dir", "PERSPECTIEF_KEYCLOAK_CACHE", defaultCacheRoot().toString());
        return new KeycloakDistribution(properties.getProperty("distribution.version"), Path.of(zip), Path.of(cache));
    }

    String version() {
        return version;
    }

    /** The unpacked and built distribution, making it first if this machine does not have it yet. */
    Path prepared() throws IOException {
        var home = cacheRoot.resolve(version + "-" + buildKey());
        if (Files.exists(home.resolve(READY_MARKER))) {
            return home;
        }
        Files.createDirectories(cacheRoot);
        // one JVM at a time through the file lock (test forks, ./run), one thread at a time within this JVM
        synchronized (KeycloakDistribution.class) {
            try (var channel = FileChannel.open(cacheRoot.resolve(home.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var ignored = channel.lock()) {
                if (!Files.exists(home.resolve(READY_MARKER))) {
                    make(home);
                }
            }
        }
        return home;
    }

    private void make(Path home) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no Keycloak distribution at " + zip
                    + ": build keycloak-local with Maven (it fetches org.keycloak:keycloak-quarkus-dist:" + version + ")");
        }
        deleteRecursively(home);
        unzip(zip, home);
        var log = home.resolve("build.log");
        var command = new ArrayList<>(List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        var builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(log.toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        var build = builder.start();
        try {
            if (!build.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                build.descendants().forEach(ProcessHandle::destroyForcibly);
                build.destroyForcibly();
                throw new IOException("Keycloak's build did not finish within " + BUILD_TIMEOUT_MINUTES + " minutes; see " + log);
            }
        } catch (InterruptedException e) {
            build.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while building Keycloak", e);
        }
        if (build.exitValue() != 0) {
            throw new IOException("Keycloak's build failed (exit code " + build.exitValue() + "); see " + log);
        }
        Files.writeString(home.resolve(READY_MARKER), String.join(" ", BUILD_OPTIONS) + "\n");
    }

    /** Unpacks the zip without its top folder ({@code keycloak-<version>/}). */
    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (var archive = new ZipFile(zip.toFile())) {
            var entries = archive.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                var name = entry.getName();
                var slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                var path = target.resolve(name.substring(slash + 1)).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("refusing an entry outside the distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    try (var in = archive.getInputStream(entry)) {
                        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (name.endsWith(".sh")) {
                        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
    }

    /**
     * A copy of the H2 database of a server that has imported the given realm files, made once per version,
     * build options and realm files: a new server starting from it skips Keycloak's 40 seconds of creating its
     * schema and importing the realms. {@code seeder} starts and stops such a server in the folder it is given.
     */
    Path seedDatabase(String realmFilesKey, Seeder seeder) throws IOException {
        var home = prepared();
        var seeds = home.resolve("seeds");
        var seed = seeds.resolve(realmFilesKey);
        if (Files.exists(seed.resolve(READY_MARKER))) {
            return seed.resolve("h2");
        }
        Files.createDirectories(seeds);
        synchronized (KeycloakDistribution.class) {
            try (var channel = FileChannel.open(seeds.resolve(realmFilesKey + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 var ignored = channel.lock()) {
                if (!Files.exists(seed.resolve(READY_MARKER))) {
                    deleteRecursively(seed);
                    var making = seeds.resolve(realmFilesKey + ".making");
                    deleteRecursively(making);
                    seeder.seed(making);
                    Files.createDirectories(seed);
                    Files.move(making.resolve("data/h2"), seed.resolve("h2"));
                    deleteRecursively(making);
                    Files.writeString(seed.resolve(READY_MARKER), "");
                }
            }
        }
        return seed.resolve("h2");
    }

    /** Starts a server in {@code home} until its realms are imported, then stops it cleanly. */
    interface Seeder {
        void seed(Path home) throws IOException;
    }

    private String buildKey() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(String.join(" ", BUILD_OPTIONS).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (var p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Path defaultCacheRoot() {
        var xdg = System.getenv("XDG_CACHE_HOME");
        var base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return base.resolve("perspectief").resolve("keycloak");
    }

    private static String setting(String property, String variable, String fallback) {
        var value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
