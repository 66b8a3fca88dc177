package nl.perspectief.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan finds what it looks for, so a clean scan of the stack's logs means something. */
class CanaryValuesTest {

    @Test
    void findsEachCanaryInAnyLogFileAndNamesTheFile() throws Exception {
        var canary = new CanaryValues();
        var logs = TestDirectories.fresh("canary-scan").resolve("logs");
        Files.createDirectories(logs.resolve("nested"));
        Files.writeString(logs.resolve("clean.log"), "Registration PH-2026-00001 accepted\n");
        Files.writeString(logs.resolve("nested/leaky.log"), "refused " + canary.email() + " and called " + canary.phone() + "\n");

        var scan = canary.scan(logs);

        assertThat(scan.scannedFiles()).containsExactlyInAnyOrder("clean.log", "leaky.log");
        assertThat(scan.found()).hasSize(2).allMatch(finding -> finding.endsWith(" in leaky.log"));
    }
}
