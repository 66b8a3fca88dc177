package nl.perspectief.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How busy the machine's CPUs were over a stretch of time, and how much of that was the stack and the benchmark
 * itself: on a shared two-core machine, anything else running moves the figures more than any change of ours.
 * Linux only ({@code /proc/stat}); elsewhere nothing is reported.
 */
final class CpuShare {

    /** The kernel's clock ticks in /proc/stat; 100 on every Linux the project runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Path postmasterPid;

    CpuShare(Path postgresDataDirectory) {
        this.postmasterPid = postgresDataDirectory.resolve("postmaster.pid");
    }

    /** Machine-wide busy ticks and the CPU time of this JVM, its children and PostgreSQL's processes, at one moment. */
    record Sample(long busyTicks, long allTicks, Duration ours) {
    }

    /** Over the stretch between two samples: CPUs busy (of all of them), the part that was ours, and our CPU time. */
    record Share(double machineBusy, double ours, int cores, Duration ourCpuTime) {
    }

    Optional<Sample> sample() {
        try {
            var cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            var ticks = Arrays.stream(cpu).skip(1).limit(8).mapToLong(Long::parseLong).toArray();
            var all = Arrays.stream(ticks).sum();
            var idle = ticks[3] + ticks[4];
            return Optional.of(new Sample(all - idle, all, ourCpuTime()));
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }

    static Optional<Share> between(Optional<Sample> before, Optional<Sample> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        var all = after.get().allTicks() - before.get().allTicks();
        var busy = after.get().busyTicks() - before.get().busyTicks();
        var ours = after.get().ours().minus(before.get().ours()).toNanos() / 1e9 * TICKS_PER_SECOND;
        return all <= 0 ? Optional.empty()
                : Optional.of(new Share((double) busy / all, Math.min(ours, busy) / all, Runtime.getRuntime().availableProcessors(),
                        after.get().ours().minus(before.get().ours())));
    }

    private Duration ourCpuTime() throws IOException {
        // pg_ctl detaches the postmaster, so PostgreSQL is found through its pid file, not among our descendants
        var postgres = Files.isReadable(postmasterPid)
                ? ProcessHandle.of(Long.parseLong(Files.readAllLines(postmasterPid).getFirst().strip())).stream()
                : Stream.<ProcessHandle>empty();
        return Stream.concat(Stream.of(ProcessHandle.current()), postgres)
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .distinct()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }
}
