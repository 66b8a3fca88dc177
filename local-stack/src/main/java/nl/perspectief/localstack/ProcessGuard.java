package nl.perspectief.localstack;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops the stack's processes when the launcher dies without stopping them: killed ({@code kill -9}), crashed, or its
 * test JVM halted. The launcher's shutdown hook stops them on Ctrl-C and SIGTERM, but a killed JVM runs no hook, and
 * each child runs in a session of its own, so nothing else would reach them.
 *
 * <p>The guard is a small shell process in a session of its own that reads the launcher's list of children from a
 * pipe. The kernel closes the pipe when the launcher dies, however it dies; the guard then stops what is still listed,
 * in tiers (the services first, then what they use, PostgreSQL last), each with the signal that stops it gracefully,
 * and kills what has not stopped after the grace period. The launcher forgets a child it stopped itself, and releases
 * the guard once it has stopped them all.
 *
 * <p>Where the system has no {@code /bin/sh}, there is no guard and every method does nothing.
 */
final class ProcessGuard implements AutoCloseable {

    /** In the order they are stopped: the script below goes through their ordinals, 0 to 2. */
    enum Tier {
        SERVICES, INFRASTRUCTURE, DATABASE
    }

    private static final Path SHELL = Path.of("/bin/sh");

    /*
     * Lines from the launcher: "watch <tier> <pid> <signal>", "forget <pid>", "release". Entries are kept as
     * tier:pid:signal. On end of input without "release", each tier is signalled, waited for up to the grace period
     * (seconds, $1), then killed with its process group (each child leads its own session).
     */
    private static final String SCRIPT = """
            trap '' INT HUP
            grace=$1
            watched=''
            while IFS=' ' read -r op a b c; do
              case "$op" in
                watch) watched="$watched $a:$b:$c" ;;
                forget) kept=''
                        for w in $watched; do
                          rest=${w#*:}
                          [ "${rest%%:*}" = "$a" ] || kept="$kept $w"
                        done
                        watched=$kept ;;
                release) exit 0 ;;
              esac
            done
            for tier in 0 1 2; do
              pids=''
              for w in $watched; do
                [ "${w%%:*}" = "$tier" ] || continue
                rest=${w#*:}; pid=${rest%%:*}; sig=${rest#*:}
                kill -"$sig" "$pid" 2>/dev/null && pids="$pids $pid"
              done
              waited=0
              while [ -n "$pids" ]; do
                alive=''
                for pid in $pids; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
                pids=$alive
                [ -z "$pids" ] && break
                if [ "$waited" -ge "$grace" ]; then
                  for pid in $pids; do kill -KILL -- "-$pid" 2>/dev/null; kill -KILL "$pid" 2>/dev/null; done
                  break
                fi
                sleep 1
                waited=$((waited + 1))
              done
            done
            """;

    private final Process guard;
    private final OutputStream lines;
    private boolean gone;

    private ProcessGuard(Process guard) {
        this.guard = guard;
        this.lines = guard == null ? null : guard.getOutputStream();
    }

    /** No guard: for a component started on its own, outside a stack. */
    static ProcessGuard none() {
        return new ProcessGuard(null);
    }

    /**
     * Starts a guard that gives each tier {@code grace} to stop before it is killed.
     *
     * @param log where the guard's own errors go (it writes nothing otherwise)
     */
    static ProcessGuard start(Duration grace, Path log) throws IOException {
        if (!Files.isExecutable(SHELL)) {
            return new ProcessGuard(null);
        }
        Files.createDirectories(log.getParent());
        var command = new ArrayList<>(ChildProcesses.ownSession());
        command.addAll(List.of(SHELL.toString(), "-c", SCRIPT, "process-guard", Long.toString(grace.toSeconds())));
        return new ProcessGuard(new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(log.toFile()))
                .start());
    }

    /** From now on, stops {@code process} with {@code signal} (a name: TERM, INT) if the launcher dies. */
    synchronized void watch(Tier tier, ProcessHandle process, String signal) {
        send("watch " + tier.ordinal() + " " + process.pid() + " " + signal);
    }

    /** The launcher stopped {@code process} itself: the guard leaves it (and a later process with its number) alone. */
    synchronized void forget(ProcessHandle process) {
        send("forget " + process.pid());
    }

    /** Everything was stopped: the guard ends without stopping anything. */
    @Override
    public synchronized void close() {
        if (guard == null || !guard.isAlive()) {
            return;
        }
        send("release");
        try {
            lines.close();
            guard.waitFor();
        } catch (IOException e) {
            guard.destroy();
        } catch (InterruptedException e) {
            guard.destroy();
            Thread.currentThread().interrupt();
        }
    }

    /** The guard's own process, for tests. */
    ProcessHandle handle() {
        return guard == null ? null : guard.toHandle();
    }

    /** Tells the guard; if it is gone (killed by hand), says so once: the stack still stops as usual. */
    private void send(String line) {
        if (guard == null || gone) {
            return;
        }
        try {
            lines.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            lines.flush();
        } catch (IOException e) {
            gone = true;
            System.err.println("The process guard has ended: if this launcher is killed now, the stack's processes "
                    + "stay behind");
        }
    }
}
