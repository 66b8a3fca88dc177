package nl.perspectief.localstack;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A launcher for {@link ProcessGuardTest}, in a JVM of its own so that the test can kill it: it starts a guard (3 s
 * grace) and three children in sessions of their own, as the stack starts its processes, watches them (one it forgets
 * again; with {@code release} it releases the guard), prints their process ids and waits to be killed.
 */
public final class GuardedLauncher {

    private GuardedLauncher() {
    }

    public static void main(String[] args) throws Exception {
        var guard = ProcessGuard.start(Duration.ofSeconds(3), Path.of(args[1]));
        Process stops = child("sleep", "600");
        Process ignoresTerm = child("/bin/sh", "-c", "trap '' TERM; while :; do sleep 1; done");
        Process forgotten = child("sleep", "600");
        guard.watch(ProcessGuard.Tier.SERVICES, stops.toHandle(), "TERM");
        guard.watch(ProcessGuard.Tier.INFRASTRUCTURE, ignoresTerm.toHandle(), "TERM");
        guard.watch(ProcessGuard.Tier.SERVICES, forgotten.toHandle(), "TERM");
        guard.forget(forgotten.toHandle());
        if (args[0].equals("release")) {
            guard.close();
        }
        System.out.println(stops.pid() + " " + ignoresTerm.pid() + " " + forgotten.pid() + " " + guard.handle().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static Process child(String... command) throws Exception {
        var inSession = new ArrayList<>(ChildProcesses.ownSession());
        inSession.addAll(List.of(command));
        return new ProcessBuilder(inSession)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.DISCARD)
                .redirectInput(Redirect.from(new File("/dev/null")))
                .start();
    }
}
