package nl.perspectief.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole benchmark, with the load ({@link Settings#full()}): not a test, and not part of
 * {@code ./mvnw verify}. Run by {@code ./mvnw -B -pl benchmarks -am -Pplatform-benchmark -DskipTests verify}; the
 * report goes to {@code benchmarks/target/benchmark-report/index.html} (and {@code report.md}), its table to stdout.
 */
class PlatformBenchmark {

    @Test
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void measuresEveryPathBesideItsBaseline() throws Exception {
        Report report = PlatformRun.run(Settings.full(), Path.of("target", "benchmark-stack"));
        Path written = report.write(Path.of("target", "benchmark-report"));
        System.out.println(report.markdown());
        System.out.println("Report: " + written.toAbsolutePath());
    }
}
