package nl.perspectief.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for a stack of its own (the end-to-end tests, the benchmark), chosen before its servers start: nobody listens
 * on them now, and they lie below the range the kernel hands out to outgoing connections. A port from
 * {@code new ServerSocket(0)} comes from that very range, so a client socket (a JDBC or Kafka connection of the stack
 * starting up) could take it before its server binds it: the benchmark's broker once failed to start so ("Address
 * already in use" on its controller's port). No port is given twice in one JVM.
 */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** A port nobody listens on now, outside the ephemeral range where the machine says what that is. */
    public static int next() {
        int below = firstEphemeralPort();
        if (below - LOWEST >= 1_000) {
            for (int attempt = 0; attempt < 1_000; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
                if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                    return port;
                }
            }
        }
        while (true) {
            try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (GIVEN.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Linux says it in ip_local_port_range; elsewhere its default (32768) is below every other system's. */
    private static int firstEphemeralPort() {
        try {
            // read as lines: procfs says its files are empty, and Files.readString read "3" of "32768\t60999"
            return Integer.parseInt(Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst()
                    .trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException unknown) {
            return 32_768;
        }
    }

    /** Free on the loopback address, where the stack listens, and on all addresses, where a service may. */
    private static boolean bindable(int port) {
        try (var loopback = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            loopback.close();
            try (var any = new ServerSocket(port)) {
                return true;
            }
        } catch (IOException taken) {
            return false;
        }
    }
}
