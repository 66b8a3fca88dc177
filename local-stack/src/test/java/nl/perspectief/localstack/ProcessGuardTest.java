package nl.perspectief.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard that stops the stack's processes when the launcher is killed ({@code kill -9}, no shutdown hook), with
 * real processes: a launcher JVM ({@link GuardedLauncher}) and its children, each in a session of its own.
 */
class ProcessGuardTest {

    private final List<Long> started = new ArrayList<>();

    @TempDir
    Path logs;

    @AfterEach
    void killLeftovers() {
        started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void whenTheLauncherIsKilledTheGuardStopsWhatItWatchesAndKillsWhatIgnoresItsSignal() throws Exception {
        long[] pids = launchThenKill("keep");
        ProcessHandle stops = ProcessHandle.of(pids[0]).orElseThrow();
        ProcessHandle ignoresTerm = ProcessHandle.of(pids[1]).orElseThrow();
        ProcessHandle guard = ProcessHandle.of(pids[3]).orElseThrow();

        await().atMost(Duration.ofSeconds(60)).until(() -> !stops.isAlive() && !ignoresTerm.isAlive());
        await().atMost(Duration.ofSeconds(10)).until(() -> !guard.isAlive());
        assertThat(ProcessHandle.of(pids[2]).map(ProcessHandle::isAlive))
                .as("the child the launcher had stopped itself (forgotten) is left alone")
                .contains(true);
        assertThat(Files.readString(logs.resolve("guard.log"))).as("the guard's own errors").isEmpty();
    }

    @Test
    void aReleasedGuardEndsAndStopsNothing() throws Exception {
        long[] pids = launchThenKill("release");
        ProcessHandle guard = ProcessHandle.of(pids[3]).orElse(null);

        if (guard != null) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !guard.isAlive());
        }
        assertThat(Arrays.stream(pids, 0, 3).mapToObj(ProcessHandle::of).allMatch(p -> p.map(ProcessHandle::isAlive).orElse(false)))
                .as("every child still runs after the released guard ended")
                .isTrue();
    }

    /** Starts a {@link GuardedLauncher}, reads its children's and its guard's process ids, then kills it (SIGKILL). */
    private long[] launchThenKill(String mode) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh here: the guard works only where there is one");
        var launcher = new ProcessBuilder(ChildProcesses.javaExecutable().toString(),
                "-cp", System.getProperty("java.class.path"), GuardedLauncher.class.getName(),
                mode, logs.resolve("guard.log").toString())
                .redirectError(logs.resolve("launcher.log").toFile())
                .start();
        long[] pids;
        try (var output = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.US_ASCII))) {
            String line = output.readLine();
            assertThat(line).as("the launcher's process ids (its errors: %s)", logs.resolve("launcher.log")).isNotNull();
            pids = Arrays.stream(line.trim().split(" ")).mapToLong(Long::parseLong).toArray();
            Arrays.stream(pids).forEach(started::add);
            assertThat(Arrays.stream(pids, 0, 3).mapToObj(ProcessHandle::of)
                    .allMatch(p -> p.map(ProcessHandle::isAlive).orElse(false)))
                    .as("the children run while the launcher lives")
                    .isTrue();
        } finally {
            launcher.destroyForcibly();
            launcher.waitFor();
        }
        return pids;
    }
}
