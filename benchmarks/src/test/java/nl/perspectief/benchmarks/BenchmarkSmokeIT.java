package nl.perspectief.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The benchmark's short form, in the suite: every path runs for a couple of seconds on a stack of its own and the
 * report is written with every row, each figure measured (a number, requests answered) beside its baseline. It proves
 * the machinery; its figures are not to be quoted (the report says so), and nothing here asserts a speed.
 */
class BenchmarkSmokeIT {

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void runsEveryPathAndWritesTheReportWithEveryFigureBesideItsBaseline() throws Exception {
        Report report = PlatformRun.run(Settings.smoke(), Path.of("target", "smoke-stack"));
        Path written = report.write(Path.of("target", "smoke-report"));
        System.out.println(report.markdown());

        List<Report.Row> rows = report.rows();
        assertThat(rows).extracting(Report.Row::path).contains("registration accepted (durable 201)",
                "registration to case readable", "a step on a case (a note, appended)",
                "a step on a case of 10 events (loads the case)", "a step on a case of 100 events (loads the case)",
                "case list (GET /api/cases, the desk)", "case page (GET /api/cases/{id}, the desk)",
                "rebuilding the read models (overview and timeline)", "the whole stack");
        assertThat(rows.stream().filter(row -> row.path().startsWith("registration accepted")))
                .as("a rate, p50 and p99 at each number of clients").hasSize(3 * Settings.smoke().clients().size());
        assertThat(rows).allSatisfy(row -> assertThat(row.value()).as(row.path() + ": " + row.figure()).isPositive());
        assertThat(rows.stream().filter(row -> !row.path().equals("the whole stack")))
                .allSatisfy(row -> assertThat(row.baseline()).as("baseline of " + row.figure()).isPositive());
        assertThat(rows).extracting(Report.Row::figure).contains("memory (PSS) at rest: intake-service",
                "memory (PSS) at rest: case-service", "memory (PSS) at rest: PostgreSQL", "memory (PSS) at rest: stack");
        assertThat(report.markdown()).doesNotContain("failed and are not in the figures");
        assertThat(written).exists();
        assertThat(Files.readString(written)).contains("<table>", "chart-1.png");
        try (var files = Files.list(written.getParent())) {
            assertThat(files.filter(file -> file.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(5);
        }
    }
}
