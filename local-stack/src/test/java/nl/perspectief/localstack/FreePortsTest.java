package nl.perspectief.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void givesEachPortOnceFreeAndBelowTheRangeOfOutgoingConnections() throws Exception {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        int firstEphemeral = Files.isReadable(range)
                ? Integer.parseInt(Files.readAllLines(range).getFirst().trim().split("\\s+")[0]) : 32_768;
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.next();
            assertThat(ports.add(port)).as("port %d given once", port).isTrue();
            try (var listening = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(listening.getLocalPort()).isEqualTo(port);
            }
        }
        assertThat(firstEphemeral).as("the first port of outgoing connections, read as FreePorts reads it")
                .isGreaterThan(11_000);
        assertThat(ports).allSatisfy(port -> assertThat(port).isBetween(10_000, firstEphemeral - 1));
    }
}
