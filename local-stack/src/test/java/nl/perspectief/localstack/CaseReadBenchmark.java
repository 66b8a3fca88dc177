package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static nl.perspectief.localstack.CaseSteps.body;
import static nl.perspectief.localstack.RegistrationLoad.maxMillis;
import static nl.perspectief.localstack.RegistrationLoad.percentileMillis;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, not a verdict: what it costs that every read of a case is checked against need-to-know and appended to
 * the hash-chained access log before it is answered. Mediators read their own cases' details from a few concurrent
 * clients (each read: token check, the mediator looked up in the event store, one access-log row under the chain's
 * lock, the decrypted detail); then a compliance officer verifies the whole chain. The stack runs as in the
 * end-to-end tests, everything on this machine.
 * <p>
 * Not part of {@code ./mvnw verify}: run with {@code -Pbenchmark}. Parameters: {@code benchmark.cases} (20),
 * {@code benchmark.reads} (2000), {@code benchmark.concurrency} (8). Results go to stdout and to
 * {@code target/case-read-benchmark.txt}.
 */
class CaseReadBenchmark {

    private static final Path RESULTS = Path.of("target", "case-read-benchmark.txt");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final LocalStackExtension LOCAL = LocalStackExtension.ownStack();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void mediatorsReadTheirCasesWithEveryReadLoggedAndTheChainStillVerifies() throws Exception {
        var cases = LOCAL.stack().cases().baseUri();
        int caseCount = RegistrationThroughputBenchmark.Settings.number("benchmark.cases", 20, 1, 10_000);
        int reads = RegistrationThroughputBenchmark.Settings.number("benchmark.reads", 2_000, 1, 1_000_000);
        int concurrency = RegistrationThroughputBenchmark.Settings.number("benchmark.concurrency", 8, 1, 64);

        System.out.printf("Opening %d cases and assigning them to %s...%n", caseCount, CaseSteps.MEDIATOR.user().username());
        var caseIds = new ArrayList<UUID>();
        for (int i = 0; i < caseCount; i++) {
            var opened = CaseSteps.openByDesk(cases, deskCase(i));
            opened.steps().accept();
            opened.steps().assignMediator(CaseSteps.MEDIATOR);
            opened.steps().detail(); // the read model has caught up
            caseIds.add(opened.steps().caseId());
        }
        var before = verification(cases);

        System.out.printf("Warming up, then %d detail reads from %d clients...%n", reads, concurrency);
        readAll(cases, caseIds, Math.min(200, reads), concurrency);
        var started = System.nanoTime();
        var latencies = readAll(cases, caseIds, reads, concurrency);
        var elapsed = Duration.ofNanos(System.nanoTime() - started);

        var verifyStarted = System.nanoTime();
        var after = verification(cases);
        var verifyTook = Duration.ofNanos(System.nanoTime() - verifyStarted);

        var report = String.format(Locale.ROOT, """
                Case reads with need-to-know and the access log (%s)
                  %d detail reads of %d cases by one mediator from %d clients in %.1f s: %.0f reads/s
                  latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f
                  access-log records: %d before, %d after (%d appended while measuring, warm-up included)
                  chain verification of %d records: intact=%s in %d ms (including the HTTP round trip)
                """,
                Instant.now(), reads, caseCount, concurrency, elapsed.toMillis() / 1000.0, reads / (elapsed.toNanos() / 1e9),
                percentileMillis(latencies, 50), percentileMillis(latencies, 95), percentileMillis(latencies, 99), maxMillis(latencies),
                before.path("recordsChecked").asLong(), after.path("recordsChecked").asLong(),
                after.path("recordsChecked").asLong() - before.path("recordsChecked").asLong(),
                after.path("recordsChecked").asLong(), after.path("intact").asBoolean(), verifyTook.toMillis());
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);

        assertThat(after.path("intact").asBoolean()).as("the chain after the load").isTrue();
        assertThat(after.path("recordsChecked").asLong() - before.path("recordsChecked").asLong())
                .as("one access-log record per read").isGreaterThanOrEqualTo(reads);
    }

    /** Reads the details round-robin from {@code concurrency} clients; every read must be answered 200. */
    private long[] readAll(URI cases, List<UUID> caseIds, int reads, int concurrency) throws Exception {
        var latencies = new long[reads];
        var next = new AtomicInteger();
        var token = StaffTokens.bearer(CaseSteps.MEDIATOR.user());
        try (var clients = Executors.newFixedThreadPool(concurrency)) {
            var work = new ArrayList<Callable<Void>>();
            for (int c = 0; c < concurrency; c++) {
                work.add(() -> {
                    for (int i = next.getAndIncrement(); i < reads; i = next.getAndIncrement()) {
                        var request = HttpRequest.newBuilder(cases.resolve("/api/cases/" + caseIds.get(i % caseIds.size())))
                                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                                .header("Authorization", token).GET().build();
                        var sent = System.nanoTime();
                        var response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        latencies[i] = System.nanoTime() - sent;
                        assertThat(response.statusCode()).as("read %d", i).isEqualTo(200);
                    }
                    return null;
                });
            }
            for (var done : clients.invokeAll(work)) {
                done.get();
            }
        }
        return latencies;
    }

    private JsonNode verification(URI cases) throws Exception {
        var response = http.send(HttpRequest.newBuilder(cases.resolve("/api/access-log/verification"))
                        .timeout(Duration.ofMinutes(5)).header("Accept", "application/json")
                        .header("Authorization", StaffTokens.bearer(DemoUsers.COMPLIANCE)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("verification: %s", response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static java.util.Map<String, Object> deskCase(int i) {
        return body(
                "source", "PHONE",
                "receivedAt", Instant.now().minus(Duration.ofHours(1)),
                "applicant", body("role", "VICTIM", "fullName", "Benchmark Persoon " + i,
                        "email", "persoon" + i + "@example.org", "phone", "+31 6 1000" + String.format("%04d", i),
                        "postalAddress", null, "preferredChannel", "PHONE", "safeToLeaveMessages", true, "minor", false),
                "otherParty", body("known", true, "fullName", "Andere Partij " + i, "relationship", "neighbour"),
                "incident", body("category", "VIOLENCE", "approximateDate", LocalDate.now().minusMonths(3),
                        "policeReportFiled", true, "criminalProceedings", "CONVICTED"),
                "story", "A fictional story for the read benchmark.",
                "referrer", null);
    }
}
