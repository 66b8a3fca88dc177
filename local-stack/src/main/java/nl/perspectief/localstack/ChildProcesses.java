package nl.perspectief.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** How this module starts and stops the child JVMs of the stack. */
final class ChildProcesses {

    /** Set by tests (from the pom) or by {@code ./run}; otherwise found beside this module's classes. */
    static final String CLASSPATH_FILE_PROPERTY = "perspectief.local-stack.classpath-file";

    private static final List<String> SETSID = List.of("/usr/bin/setsid", "/bin/setsid");

    private ChildProcesses() {
    }

    /** The launcher's temporary folder, handed down so that test runs write nothing outside target/. */
    static String temporaryDirectoryOption() {
        return "-Djava.io.tmpdir=" + Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The command prefix that puts a child in its own session where the system has {@code setsid}: Ctrl-C in
     * the terminal then reaches only the launcher, whose shutdown hook stops the children in order
     * (services before the broker they publish to). PostgreSQL's {@code pg_ctl} detaches itself already.
     */
    static List<String> ownSession() {
        return SETSID.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .map(p -> List.of(p, "--wait")).orElse(List.of());
    }

    /** This module's classes (a directory or a jar). */
    static Path moduleClasses() {
        try {
            return Path.of(ChildProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This module's classes plus its runtime dependencies, as written by maven-dependency-plugin at build time. */
    static String moduleRuntimeClasspath() {
        var configured = System.getProperty(CLASSPATH_FILE_PROPERTY);
        var file = configured != null ? Path.of(configured) : moduleClasses().getParent().resolve("local-stack.classpath");
        try {
            var dependencies = Files.readString(file).strip();
            var entries = new ArrayList<String>();
            entries.add(moduleClasses().toString());
            entries.add(dependencies);
            return String.join(java.io.File.pathSeparator, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime classpath " + file
                    + ": build the local-stack module first (./mvnw -DskipTests install)", e);
        }
    }

    /** Asks the process to stop (SIGTERM), then kills it if it has not stopped within the grace period. */
    static void stop(Process process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the process (SIGKILL) and whatever it started. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
