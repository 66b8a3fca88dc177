package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static nl.perspectief.localstack.RegistrationLoad.maxMillis;
import static nl.perspectief.localstack.RegistrationLoad.percentileMillis;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures, not a verdict: how many website registrations intake-service takes per second from a few concurrent
 * clients, how long a POST takes, and how long after its {@code 201} each registration is readable as a case in
 * case-service. The whole stack runs as in the end-to-end tests: PostgreSQL with durable settings, the Kafka
 * broker and the services as their own JVMs, everything on this machine and over loopback.
 * <p>
 * Not part of {@code ./mvnw verify}: run with {@code -Pbenchmark}. Parameters are system properties:
 * {@code benchmark.registrations} (1000), {@code benchmark.concurrency} (8), {@code benchmark.warm-up} (50),
 * {@code benchmark.outage-registrations} (50; 0 skips the broker outage) and {@code benchmark.time-limit-seconds}
 * (900, after which everything stops, finished or not). The table goes to stdout and to
 * {@code target/benchmark-results.txt}.
 */
class RegistrationThroughputBenchmark {

    private static final Path RESULTS = Path.of("target", "benchmark-results.txt");

    @RegisterExtension
    static final LocalStackExtension LOCAL = LocalStackExtension.ownStack();

    record Settings(int registrations, int concurrency, int warmUp, int outageRegistrations, Duration timeLimit) {

        static Settings fromSystemProperties() {
            return new Settings(
                    number("benchmark.registrations", 1_000, 1, 100_000),
                    number("benchmark.concurrency", 8, 1, 64),
                    number("benchmark.warm-up", 50, 0, 10_000),
                    number("benchmark.outage-registrations", 50, 0, 10_000),
                    Duration.ofSeconds(number("benchmark.time-limit-seconds", 900, 10, 3_600)));
        }

        static int number(String property, int byDefault, int least, int most) {
            var configured = System.getProperty(property);
            if (configured == null || configured.isBlank()) {
                return byDefault;
            }
            var value = Integer.parseInt(configured.strip().replace("_", ""));
            if (value < least || value > most) {
                throw new IllegalArgumentException(property + " must lie between " + least + " and " + most + ", was " + value);
            }
            return value;
        }
    }

    @Test
    @Timeout(value = 65, unit = TimeUnit.MINUTES)
    void registrationsPostedByConcurrentWebsiteClientsEachBecomeExactlyOneReadableCase() throws Exception {
        var settings = Settings.fromSystemProperties();
        var stack = LOCAL.stack();
        var load = new RegistrationLoad(new Registrations(stack.intake().baseUri(), stack.cases().baseUri()),
                settings.concurrency(), System.nanoTime() + settings.timeLimit().toNanos());

        System.out.printf("Warming up with %d registrations...%n", settings.warmUp());
        var warmUp = load.postAndFollow(0, settings.warmUp());
        System.out.printf("Posting %d registrations from %d clients...%n", settings.registrations(), settings.concurrency());
        var cpu = new CpuShare(stack.settings().dataDirectory().resolve("postgres"));
        var cpuBefore = cpu.sample();
        var serverBefore = ServerTime.ofPosts(stack.intake());
        var measured = load.postAndFollow(settings.warmUp(), settings.registrations());
        var serverTime = ServerTime.ofPosts(stack.intake()).since(serverBefore);
        var cpuShare = CpuShare.between(cpuBefore, cpu.sample());
        RegistrationLoad.Outage outage = null;
        if (settings.outageRegistrations() > 0) {
            System.out.printf("Stopping the broker, posting %d registrations, starting it again...%n", settings.outageRegistrations());
            outage = load.postDuringBrokerOutage(stack.kafka(), settings.warmUp() + settings.registrations(), settings.outageRegistrations());
        }
        var casesOpened = casesOpened(stack);

        var report = report(settings, stack, warmUp, measured, outage, casesOpened, cpuShare, serverTime);
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);

        for (var round : outage == null
                ? new RegistrationLoad.Posting[] {warmUp.posting(), measured.posting()}
                : new RegistrationLoad.Posting[] {warmUp.posting(), measured.posting(), outage.posting()}) {
            assertThat(round.failed()).as("registrations not answered with 201 (first: %s)", round.firstFailure()).isZero();
        }
        assertThat(warmUp.readable().missing() + measured.readable().missing() + (outage == null ? 0 : outage.readable().missing()))
                .as("registrations never readable as a case within the time limit").isZero();
        var accepted = warmUp.posting().accepted() + measured.posting().accepted() + (outage == null ? 0 : outage.posting().accepted());
        assertThat(casesOpened).as("cases opened, one per registration").isEqualTo(accepted);
    }

    private static String report(Settings settings, Stack stack, RegistrationLoad.Round warmUp, RegistrationLoad.Round measured,
                                 RegistrationLoad.Outage outage, int casesOpened, Optional<CpuShare.Share> cpuShare,
                                 ServerTime serverTime) throws Exception {
        var posting = measured.posting();
        var readable = measured.readable();
        var out = new StringBuilder();
        line(out, "Registration benchmark: website POST -> intake-service -> Kafka -> case-service (readable case)");
        line(out, "  when      %s", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line(out, "  machine   %s", machine());
        line(out, "  stack     up in %.1f s; PostgreSQL fsync=%s synchronous_commit=%s full_page_writes=%s; services -Xmx512m; data %s",
                seconds(LOCAL.startUp()), stack.postgres().setting("fsync"), stack.postgres().setting("synchronous_commit"),
                stack.postgres().setting("full_page_writes"), stack.settings().dataDirectory());
        line(out, "  load      %d registrations from %d concurrent clients (JDK HttpClient, loopback, an Idempotency-Key per POST), after %d to warm up",
                settings.registrations(), settings.concurrency(), settings.warmUp());
        cpuShare.ifPresent(share -> line(out,
                "  cpu       during the measured run the %d cores were %.0f%% busy: %.0f%% this stack and benchmark, %.0f%% other work on the machine;"
                        + " %.0f ms of CPU per registration (stack and benchmark)",
                share.cores(), share.machineBusy() * 100, share.ours() * 100, (share.machineBusy() - share.ours()) * 100,
                share.ourCpuTime().toNanos() / 1e6 / Math.max(1, measured.posting().accepted())));
        line(out, "");
        line(out, "  %-44s %9s %9s %9s %9s", "", "p50", "p95", "p99", "max");
        line(out, "  %-44s %9.1f %9.1f %9.1f %9.1f", "POST /api/registrations -> 201 (ms)",
                percentileMillis(posting.latenciesNanos(), 50), percentileMillis(posting.latenciesNanos(), 95),
                percentileMillis(posting.latenciesNanos(), 99), maxMillis(posting.latenciesNanos()));
        line(out, "  %-44s %9.1f %9.1f %9.1f %9.1f", "201 -> case readable in case-service (ms)",
                percentileMillis(readable.lagsNanos(), 50), percentileMillis(readable.lagsNanos(), 95),
                percentileMillis(readable.lagsNanos(), 99), maxMillis(readable.lagsNanos()));
        line(out, "  %-44s %9.1f ms mean over the same %d POSTs (intake's own http.server.requests)",
                "  of which inside intake-service", serverTime.meanMillis(), serverTime.count());
        line(out, "");
        line(out, "  %-44s %9.1f registrations/s  (%d accepted in %.2f s, %d failed%s)", "POST throughput",
                posting.acceptedPerSecond(), posting.accepted(), seconds(posting.wallTime()), posting.failed(),
                posting.firstFailure() == null ? "" : "; first: " + posting.firstFailure());
        line(out, "  %-44s %9.2f s", "drain: last 201 -> last case readable", seconds(measured.drainAfterLastAccepted()));
        line(out, "  %-44s %9.2f s  (%.1f cases/s end to end; %d never readable)", "first POST -> every case readable",
                seconds(measured.firstPostToLastCase()), readable.lagsNanos().length / seconds(measured.firstPostToLastCase()), readable.missing());
        line(out, "  %-44s %9.1f ms p50, %.1f ms p95 (one GET per pending registration, oldest %d per pass, %d ms pause after an empty pass; %d GETs)",
                "lag resolution: watcher pass", percentileMillis(readable.passesNanos(), 50), percentileMillis(readable.passesNanos(), 95),
                RegistrationLoad.WATCH_WINDOW, RegistrationLoad.WATCH_PAUSE.toMillis(), readable.questions());
        line(out, "  %-44s %9.1f ms POST p50, %.1f ms lag p50, %.1f registrations/s", "warm-up (for comparison)",
                percentileMillis(warmUp.posting().latenciesNanos(), 50), percentileMillis(warmUp.readable().lagsNanos(), 50),
                warmUp.posting().acceptedPerSecond());
        if (outage != null) {
            var down = outage.posting();
            line(out, "");
            line(out, "  Kafka outage: broker stopped, %d registrations posted, broker started again on the same data", down.accepted() + down.failed());
            line(out, "  %-44s %9.1f ms p50, %.1f ms p99, %.1f ms max  (%d accepted, %d failed)", "POST while the broker is down",
                    percentileMillis(down.latenciesNanos(), 50), percentileMillis(down.latenciesNanos(), 99), maxMillis(down.latenciesNanos()),
                    down.accepted(), down.failed());
            line(out, "  %-44s %9.2f s  (of which %.2f s restarting it)", "broker down", seconds(outage.brokerDown()), seconds(outage.brokerRestart()));
            line(out, "  %-44s %9.2f s  (%d never readable)", "broker ready -> every one of them readable",
                    seconds(outage.brokerReadyToLastCase()), outage.readable().missing());
        }
        line(out, "");
        line(out, "  cases in case-service's event store: %d (one per accepted registration, warm-up included)", casesOpened);
        return out.toString();
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        var memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() / (1024.0 * 1024 * 1024) : Double.NaN;
        return String.format(Locale.ROOT, "%d cores, %.1f GiB, %s %s, JDK %s (benchmark, PostgreSQL, Kafka, Keycloak and the services on the same machine)",
                Runtime.getRuntime().availableProcessors(), memory, os.getName(), os.getVersion(), System.getProperty("java.runtime.version"));
    }

    /**
     * What intake-service itself measured of its POSTs (Micrometer's {@code http.server.requests}): tells the time
     * spent in the service from the time spent queueing for a connection or a CPU.
     */
    record ServerTime(long count, double totalSeconds) {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private static final JsonMapper JSON = JsonMapper.builder().build();

        static ServerTime ofPosts(ServiceProcess intake) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(intake.baseUri().resolve(
                            "/actuator/metrics/http.server.requests?tag=uri:/api/registrations&tag=method:POST"))
                    .timeout(Duration.ofSeconds(10))
                    // metrics are for administrators
                    .header("Authorization", StaffTokens.bearer(DemoUsers.ADMIN))
                    .GET().build();
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return new ServerTime(0, 0); // no POST measured yet
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("intake-service's metrics answered " + response.statusCode());
            }
            long count = 0;
            double total = 0;
            for (var measurement : JSON.readTree(response.body()).path("measurements")) {
                switch (measurement.path("statistic").asString()) {
                    case "COUNT" -> count = (long) measurement.path("value").asDouble();
                    case "TOTAL_TIME" -> total = measurement.path("value").asDouble();
                    default -> { }
                }
            }
            return new ServerTime(count, total);
        }

        /** The POSTs since {@code earlier}. */
        ServerTime since(ServerTime earlier) {
            return new ServerTime(count - earlier.count, totalSeconds - earlier.totalSeconds);
        }

        double meanMillis() {
            return count == 0 ? Double.NaN : totalSeconds / count * 1_000;
        }
    }

    /** Cases in case-service's event store: a redelivered registration must not open a second one. */
    private static int casesOpened(Stack stack) throws Exception {
        try (var connection = stack.postgres().dataSource("cases").getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(distinct aggregate_identifier) from domain_event_entry where type = 'Case'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void line(StringBuilder out, String format, Object... arguments) {
        out.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }
}
