package nl.perspectief.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import nl.perspectief.keycloak.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One benchmark run on a stack of its own: each path of the platform under load, each beside its baseline measured in
 * the same minutes on the same servers, into a {@link Report}. The paths (issue 14):
 * <ol>
 * <li>a registration accepted (intake's durable {@code 201}) at each number of clients, beside a raw JDBC transaction
 * writing the same rows (one event row of 2 KB, three subject keys) at the same concurrency;</li>
 * <li>a registration readable as a case in case-service, open loop at a fixed rate, beside a raw Kafka producer to
 * consumer round trip at the same rate and settings;</li>
 * <li>a step on a case (the mediator's note, appended to the case's events), beside a raw JDBC insert of an event row;</li>
 * <li>loading a case of 10 to 10,000 events, from its events and from its snapshot, beside reading its rows raw;</li>
 * <li>the case list and a case's page (the desk's reads through the API) with the cases there are by then, beside a
 * static file from the same server;</li>
 * <li>the whole stack: its start-up, and the memory of each process at rest and at the peak of the run.</li>
 * </ol>
 */
final class PlatformRun {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REGISTRATION = """
            {
              "applicant": {
                "role": "VICTIM", "fullName": "Julia de Vries", "email": "julia@example.org", "phone": "+31 6 12345678",
                "postalAddress": null, "preferredChannel": "EMAIL", "safeToLeaveMessages": false, "minor": false
              },
              "incident": {
                "category": "SEXUAL_TRANSGRESSION", "approximateDate": "2015-09", "policeReportFiled": false,
                "criminalProceedings": "NONE"
              },
              "otherParty": { "known": true, "fullName": "Peter Bakker", "relationship": "family friend, tutor" },
              "story": "%s",
              "referrer": null,
              "privacyStatementAccepted": true,
              "website": ""
            }
            """.formatted("Het begon in de zomer, toen ik twaalf was. ".repeat(24));
    private static final String REFUSED_REGISTRATION = REGISTRATION.replace("\"privacyStatementAccepted\": true",
            "\"privacyStatementAccepted\": false");
    /** The goal for registrations is set at 16 clients: the stack's CPU is broken down at that load. */
    private static final int GOAL_CLIENTS = 16;

    private final Settings settings;
    private final BenchmarkStack stack;
    private final Report report;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI intake;
    private final URI cases;
    private final AtomicInteger registered = new AtomicInteger();
    /** The cases the steps were taken on: each has notes, which the rebuild's history copies. */
    private String[] noteCases = new String[0];
    /** The stack's data folder, where its processes are found by their command lines. */
    private Path data;
    private static final String NOTE = "{\"text\": \"Gesprek met de aanmelder gehad; zij wil eerst een brief schrijven.\"}";

    private PlatformRun(Settings settings, BenchmarkStack stack) {
        this.settings = settings;
        this.stack = stack;
        this.report = new Report(settings.mode());
        this.intake = stack.stack().intake().baseUri();
        this.cases = stack.stack().cases().baseUri();
    }

    /** Starts a stack in {@code data}, runs every path, stops the stack; the report is not written yet. */
    static Report run(Settings settings, Path data) throws Exception {
        try (BenchmarkStack stack = BenchmarkStack.start(data)) {
            return new PlatformRun(settings, stack).everyPath(stack.stack().settings().dataDirectory());
        }
    }

    private Report everyPath(Path data) throws Exception {
        this.data = data;
        report.add(new Report.Row("the whole stack", "start-up: nothing running to every service healthy",
                stack.startUp().toMillis() / 1000.0, "s", null, Double.NaN, false, null));
        // at rest: every process healthy and left alone for a while, as a stack is between a night's registrations
        Thread.sleep(settings.rest());
        Map<String, Double> atRest = ProcessMemory.ofTheStack(data);
        Map<String, Double> peak = new LinkedHashMap<>();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().name("memory-sampler").start(() -> {
            while (sampling.get()) {
                ProcessMemory.ofTheStack(data).forEach((name, mb) -> peak.merge(name, mb, Math::max));
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        try {
            Map<String, Measurement> paths = Map.of("registrations", this::registrations, "readable", this::readable,
                    "steps", this::steps, "loads", this::caseLoads, "pages", this::pages, "rebuild", this::rebuild);
            for (String path : Settings.PATHS) {
                if (settings.runs(path)) {
                    paths.get(path).run();
                }
            }
        } finally {
            sampling.set(false);
            sampler.interrupt();
            sampler.join();
        }
        atRest.forEach((name, mb) -> report.add(new Report.Row("the whole stack", "memory (PSS) at rest: " + name, mb,
                "MB", null, Double.NaN, false, "Memory of each process (PSS, MB): at rest")));
        peak.forEach((name, mb) -> report.add(new Report.Row("the whole stack", "memory (PSS) at the run's peak: " + name,
                mb, "MB", null, Double.NaN, false, "Memory of each process (PSS, MB): at the run's peak")));
        report.note("Every process runs with its options of ./run (each service -Xms32m -Xmx512m, serial collector). "
                + "At rest is " + settings.rest().toSeconds() + " s after the last service was healthy. Memory is the "
                + "proportional set size of each process and its children (PostgreSQL's backends share its buffers; "
                + "PSS counts a shared page once over all), sampled every second.");
        return report;
    }

    // ---- 1. registrations accepted

    private void registrations() throws Exception {
        var superuser = stack.stack().postgres().dataSource("intake");
        RawBaselines.prepare(superuser);
        int goal = settings.clients().contains(GOAL_CLIENTS) ? GOAL_CLIENTS : settings.clients().getLast();
        List<String> drains = new ArrayList<>();
        for (int clients : settings.clients()) {
            Map<String, Double> cpuBefore = ProcessMemory.cpuSecondsOfTheStack(data);
            ProcessMemory.MachineCpu machineBefore = ProcessMemory.machineCpu();
            int registeredBefore = registered.get();
            Latencies platform = Load.closedLoop(clients, settings.warmUp(), settings.measured(), client -> register());
            // the CPU of these registrations runs on after the last 201 (cases opened, mails sent): counted until done
            drains.add(drained(superuser) + " s after " + clients + " client(s)");
            Map<String, Double> cpuAfter = ProcessMemory.cpuSecondsOfTheStack(data);
            double machineBusy = ProcessMemory.machineCpu().busyPercentSince(machineBefore);
            int registrations = registered.get() - registeredBefore;
            Latencies refused = Load.closedLoop(clients, settings.warmUp(), settings.measured(), client -> refused());
            List<Connection> connections = RawBaselines.connections(superuser, clients);
            Latencies raw;
            try {
                raw = Load.closedLoop(clients, settings.warmUp(), settings.measured(),
                        client -> RawBaselines.write(connections.get(client), 2048, 3));
            } finally {
                RawBaselines.close(connections);
            }
            String path = "registration accepted (durable 201)";
            String baseline = "raw JDBC transaction: 1 event row of 2 KB + 3 subject keys";
            report.add(new Report.Row(path, "rate at " + clients + " client(s)", platform.rate(), "registrations/s",
                    baseline, raw.rate(), true, "Registrations accepted per second"));
            report.add(new Report.Row(path, "p50 at " + clients + " client(s)", platform.millis(50), "ms", baseline,
                    raw.millis(50), false, "Registration accepted: latency (ms)"));
            report.add(new Report.Row(path, "p99 at " + clients + " client(s)", platform.millis(99), "ms", baseline,
                    raw.millis(99), false, "Registration accepted: latency (ms)"));
            failures(path + " at " + clients + " client(s)", platform);
            String door = "the same POST refused by a field rule (read, checked, answered; nothing stored)";
            report.add(new Report.Row(door, "rate at " + clients + " client(s)", refused.rate(), "requests/s",
                    baseline, raw.rate(), true, "The web layer alone: registrations refused per second"));
            report.add(new Report.Row(door, "p50 at " + clients + " client(s)", refused.millis(50), "ms", baseline,
                    raw.millis(50), false, null));
            failures(door + " at " + clients + " client(s)", refused);
            String accepted = " (accepted at " + clients + " client(s), until opened and confirmed)";
            report.add(new Report.Row("the whole stack", "the machine's CPUs busy" + accepted, machineBusy,
                    "% of " + Runtime.getRuntime().availableProcessors() + " CPUs", null, Double.NaN, false, null));
            cpuAfter.forEach((component, seconds) -> {
                double millis = (seconds - cpuBefore.getOrDefault(component, 0.0)) * 1000 / registrations;
                if (millis > 0 && (clients == goal || component.equals("stack"))) {
                    report.add(new Report.Row("the whole stack", "CPU per registration" + accepted + ": " + component,
                            millis, "ms", null, Double.NaN, false, clients == goal
                                    ? "CPU per registration accepted at " + goal + " clients (ms)" : null));
                }
            });
        }
        report.note("A registration's work goes on after its 201: intake publishes it and sends the confirmation, "
                + "case-service opens its case. Before the next run the benchmark waits until every case is open and no "
                + "confirmation is due: " + String.join(", ", drains) + ". The CPU per registration is counted over the "
                + "registrations and that wait, warm-up included; the machine's share over the same time counts every "
                + "process on it, the benchmark's own clients too.");
        report.note("The refused POST is the registration's body with the privacy statement not accepted: Tomcat, the "
                + "security filters, the rate limits, reading and checking the JSON, and the problem+json answer, "
                + "without the command, its event and its transaction. It is what the web layer costs alone.");
    }

    /**
     * Waits until case-service has opened a case for every registration so far (a new one's case is readable) and intake
     * has no confirmation due, so that the backlog one path leaves is not measured as the next one's slowness; answers
     * the seconds it waited.
     */
    private long drained(javax.sql.DataSource intakeDatabase) throws Exception {
        long start = System.nanoTime();
        awaitCase(register(), Duration.ofMinutes(15));
        long until = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        try (Connection connection = intakeDatabase.getConnection();
             var due = connection.prepareStatement(
                     "select count(*) from mail_outbox where state = 'PENDING' and next_attempt_at <= now()")) {
            while (true) {
                try (var count = due.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        break;
                    }
                }
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("intake still had confirmations due after 15 minutes");
                }
                Thread.sleep(50);
            }
        }
        return Math.round((System.nanoTime() - start) / 1e9);
    }

    /** Posts the registration with its privacy statement not accepted: intake must refuse it with 400, storing nothing. */
    private void refused() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(intake.resolve("/api/registrations"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REFUSED_REGISTRATION)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 400 || !answer.body().contains("privacyStatementAccepted")) {
            throw new IllegalStateException("intake answered " + answer.statusCode() + " to a registration it must refuse");
        }
    }

    /** Posts a registration as the website does; its reference once intake answered 201. */
    private String register() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(intake.resolve("/api/registrations"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REGISTRATION)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("intake answered " + answer.statusCode());
        }
        registered.incrementAndGet();
        return JSON.readTree(answer.body()).path("reference").asString();
    }

    // ---- 2. registration to case readable

    private void readable() throws Exception {
        Latencies platform;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
             ReadModelWatcher watcher = new ReadModelWatcher(stack.stack().postgres().dataSource("cases"))) {
            java.util.function.Function<Instant, CompletableFuture<Instant>> registeredAndReadable = due ->
                    CompletableFuture.supplyAsync(() -> {
                        try {
                            return register();
                        } catch (IOException | InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }, clients).thenCompose(reference -> watcher.readable(reference, Duration.ofSeconds(30)));
            // the same load, not measured, until every registration of it is readable: a cold stack (this path run on
            // its own) spends its first seconds compiling, and those seconds would be measured as the path's
            Load.openLoop(settings.readableRate(), settings.warmUp(), registeredAndReadable);
            // the watcher's own PostgreSQL backend (a query every 5 ms) works for the benchmark, not for the stack
            Set<Long> watching = Set.of(watcher.backendPid());
            Map<String, Double> cpuBefore = ProcessMemory.cpuSecondsOfTheStack(data, watching);
            int registeredBefore = registered.get();
            platform = Load.openLoop(settings.readableRate(), settings.readableFor(), registeredAndReadable);
            Map<String, Double> cpuAfter = ProcessMemory.cpuSecondsOfTheStack(data, watching);
            int registrations = registered.get() - registeredBefore;
            // what the machine spends on one registration, opened as a case, confirmed by mail and published on; a
            // process that used no CPU in the run (Keycloak, mostly) has no row
            cpuAfter.forEach((component, seconds) -> {
                double millis = (seconds - cpuBefore.getOrDefault(component, 0.0)) * 1000 / registrations;
                if (millis > 0) {
                    report.add(new Report.Row("the whole stack", "CPU per registration (case readable at "
                            + Report.number(settings.readableRate()) + "/s): " + component, millis, "ms", null,
                            Double.NaN, false, "CPU per registration at the readable rate (ms)"));
                }
            });
        }
        Latencies raw;
        try (RawBaselines.KafkaRoundTrip roundTrip = new RawBaselines.KafkaRoundTrip(
                stack.stack().kafka().bootstrapServers())) {
            raw = Load.openLoop(settings.readableRate(), settings.readableFor(), roundTrip::send);
        }
        String path = "registration to case readable";
        String figure = " at " + Report.number(settings.readableRate()) + "/s";
        String baseline = "raw Kafka producer → consumer, same rate and settings";
        report.add(new Report.Row(path, "p50" + figure, platform.millis(50), "ms", baseline, raw.millis(50), false,
                "Registration to case readable (ms)"));
        report.add(new Report.Row(path, "p99" + figure, platform.millis(99), "ms", baseline, raw.millis(99), false,
                "Registration to case readable (ms)"));
        report.note("Case readable: from the moment the registration was due (open loop) until its case is in "
                + "case_overview, the read model the desk's list and case page read. One watcher looks for every "
                + "registration still waiting in one query every 5 ms (adding up to 5 ms); polling the API per "
                + "registration instead would put a read with its access-log record on case-service every few ms for "
                + "each one, and measure that load. The API's own read is the case page's figure.");
        failures(path, platform);
    }

    /** The case opened for a registration, as the desk finds it; polls every 10 ms. */
    private JsonNode awaitCase(String reference, Duration atMost) throws IOException, InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(cases.resolve("/api/cases?registrationReference="
                            + URLEncoder.encode(reference, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                    .header("Authorization", stack.bearer(DemoUsers.DESK)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonNode found = JSON.readTree(answer.body());
                JsonNode opened = found.isArray() ? (found.isEmpty() ? null : found.get(0)) : found;
                if (opened != null) {
                    return opened;
                }
            } else if (answer.statusCode() != 404) {
                throw new IllegalStateException("case-service answered " + answer.statusCode());
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("no case for registration " + reference + " within " + atMost);
    }

    // ---- 3. a step on a case

    private void steps() throws Exception {
        int clients = settings.stepClients();
        String[] caseIds = new String[clients];
        noteCases = caseIds;
        String[] versions = new String[clients];
        for (int client = 0; client < clients; client++) {
            JsonNode opened = awaitCase(register(), Duration.ofSeconds(60));
            caseIds[client] = opened.path("caseId").asString();
            String version = send("GET", caseIds[client], null, DemoUsers.DESK, null).headers().firstValue("ETag")
                    .orElseThrow();
            version = step(caseIds[client], "accept", version, DemoUsers.DESK, null);
            versions[client] = step(caseIds[client], "assign-mediator", version, DemoUsers.DESK,
                    "{\"mediatorId\": \"" + DemoUsers.MEDIATOR_ANNA.id() + "\"}");
        }
        Latencies platform = Load.closedLoop(clients, settings.warmUp(), settings.measured(), client ->
                versions[client] = step(caseIds[client], "notes", versions[client], DemoUsers.MEDIATOR_ANNA, NOTE));
        var superuser = stack.stack().postgres().dataSource("cases");
        RawBaselines.prepare(superuser);
        List<Connection> connections = RawBaselines.connections(superuser, clients);
        Latencies raw;
        try {
            raw = Load.closedLoop(clients, settings.warmUp(), settings.measured(),
                    client -> RawBaselines.write(connections.get(client), 1024, 0));
        } finally {
            RawBaselines.close(connections);
        }
        String path = "a step on a case (a note, appended)";
        String baseline = "raw JDBC insert of 1 event row of 1 KB";
        report.add(new Report.Row(path, "rate at " + clients + " client(s), each its own case", platform.rate(),
                "steps/s", baseline, raw.rate(), true, "Steps on cases per second"));
        report.add(new Report.Row(path, "p99 at " + clients + " client(s)", platform.millis(99), "ms", baseline,
                raw.millis(99), false, "A step on a case: latency (ms)"));
        failures(path, platform);
    }

    // ---- 4. loading a case of n events, with and without its snapshot

    /**
     * A case of each size: opened from a registration, accepted, assigned, one note through the API, then grown to its
     * size by copying that note's event row with the next sequence numbers (the same encrypted payload; a note added
     * twice counts once in the aggregate), which is how a case of 10,000 events is made in seconds rather than hours.
     * Case-service keeps no aggregate cache, so each step loads the case: from its events only once its snapshots are
     * deleted (the step then writes a new one, as the first step after a long history does), and from its snapshot and
     * the events after it otherwise. The baseline reads the same rows raw and parses each payload's JSON.
     */
    private void caseLoads() throws Exception {
        var superuser = stack.stack().postgres().dataSource("cases");
        for (int size : settings.caseSizes()) {
            JsonNode opened = awaitCase(register(), Duration.ofSeconds(60));
            String caseId = opened.path("caseId").asString();
            String version = send("GET", caseId, null, DemoUsers.DESK, null).headers().firstValue("ETag").orElseThrow();
            version = step(caseId, "accept", version, DemoUsers.DESK, null);
            version = step(caseId, "assign-mediator", version, DemoUsers.DESK,
                    "{\"mediatorId\": \"" + DemoUsers.MEDIATOR_ANNA.id() + "\"}");
            step(caseId, "notes", version, DemoUsers.MEDIATOR_ANNA, NOTE);
            long events = CaseHistories.grow(superuser, caseId, size);
            String[] current = {awaitVersion(caseId, events - 1)};
            Latencies fromEvents = new Latencies();
            Latencies fromSnapshot = new Latencies();
            long started = System.nanoTime();
            for (int i = 0; i < settings.loadsPerSize(); i++) {
                CaseHistories.deleteSnapshots(superuser, caseId);
                long start = System.nanoTime();
                current[0] = step(caseId, "notes", current[0], DemoUsers.MEDIATOR_ANNA, NOTE);
                fromEvents.record(System.nanoTime() - start);
                start = System.nanoTime();
                current[0] = step(caseId, "notes", current[0], DemoUsers.MEDIATOR_ANNA, NOTE);
                fromSnapshot.record(System.nanoTime() - start);
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - started);
            fromEvents.done(wall);
            fromSnapshot.done(wall);
            Latencies raw = new Latencies();
            for (int i = 0; i < settings.loadsPerSize(); i++) {
                long start = System.nanoTime();
                CaseHistories.readRaw(superuser, caseId);
                raw.record(System.nanoTime() - start);
            }
            raw.done(wall);
            String path = "a step on a case of " + size + " events (loads the case)";
            String baseline = "raw SELECT of the case's rows + JSON parse of each payload";
            report.add(new Report.Row(path, "median, without snapshot (all events; writes one)", fromEvents.millis(50),
                    "ms", baseline, raw.millis(50), false, "Loading a case: a step's median (ms)"));
            report.add(new Report.Row(path, "median, from its snapshot", fromSnapshot.millis(50), "ms", baseline,
                    raw.millis(50), false, "Loading a case: a step's median (ms)"));
        }
        report.note("Loading a case is measured as a step on it (the mediator's note through the API: token check, "
                + "load, command, append, snapshot when due), so each figure holds a step's own cost as well; "
                + settings.loadsPerSize() + " steps per size and kind.");
    }

    /** Waits until the case's page answers at least this version (its read model caught up); answers the ETag. */
    private String awaitVersion(String caseId, long version) throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> answer = send("GET", caseId, null, DemoUsers.MEDIATOR_ANNA, null);
            if (answer.statusCode() == 200 && JSON.readTree(answer.body()).path("version").asLong() >= version) {
                return answer.headers().firstValue("ETag").orElseThrow();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("case " + caseId + " did not reach version " + version);
    }

    /** A step with the version last seen; answers the new version (ETag). */
    private String step(String caseId, String step, String version, DemoUsers by, String body)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = send("POST", caseId + "/" + step, version, by, body);
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(step + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> send(String method, String path, String ifMatch, DemoUsers by, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(cases.resolve("/api/cases/" + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json")
                .header("Authorization", stack.bearer(by));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if ("GET".equals(method)) {
            request.GET();
        } else if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- 4. the case list and a case's page

    private void pages() throws Exception {
        int missing = settings.cases() - registered.get();
        if (missing > 0) {
            // not measured: the cases the list and the page are read among, registered by 16 clients
            AtomicInteger left = new AtomicInteger(missing);
            try (ExecutorService fill = Executors.newVirtualThreadPerTaskExecutor()) {
                List<java.util.concurrent.Future<?>> clients = new ArrayList<>();
                for (int client = 0; client < 16; client++) {
                    clients.add(fill.submit(() -> {
                        while (left.decrementAndGet() >= 0) {
                            register();
                        }
                        return null;
                    }));
                }
                for (java.util.concurrent.Future<?> client : clients) {
                    client.get();
                }
            }
        }
        String last = register();
        awaitCase(last, Duration.ofMinutes(10));
        List<String> readable = new ArrayList<>();
        JsonNode list = JSON.readTree(get("/api/cases").body());
        JsonNode entries = list.isArray() ? list : list.path("cases");
        entries.forEach(entry -> readable.add(entry.path("caseId").asString()));
        if (readable.isEmpty()) {
            throw new IllegalStateException("the desk's case list is empty");
        }
        Latencies listed = Load.closedLoop(settings.pageClients(), settings.warmUp(), settings.measured(),
                client -> ok(get("/api/cases")));
        Latencies page = Load.closedLoop(settings.pageClients(), settings.warmUp(), settings.measured(),
                client -> ok(get("/api/cases/" + readable.get(ThreadLocalRandom.current().nextInt(readable.size())))));
        Latencies file = Load.closedLoop(settings.pageClients(), settings.warmUp(), settings.measured(),
                client -> ok(get("/css/perspectief.css")));
        String cases = registered.get() + " cases";
        String baseline = "a static file (/css/perspectief.css) from case-service";
        report.add(new Report.Row("case list (GET /api/cases, the desk)", "p95 with " + cases + ", "
                + settings.pageClients() + " clients", listed.millis(95), "ms", baseline, file.millis(95), false,
                "Case list and case page: p95 (ms)"));
        report.add(new Report.Row("case page (GET /api/cases/{id}, the desk)", "p95 with " + cases + ", "
                + settings.pageClients() + " clients", page.millis(95), "ms", baseline, file.millis(95), false,
                "Case list and case page: p95 (ms)"));
        report.note("The list and the page are measured through the API the staff pages are built on, with a bearer "
                + "token; each read is checked against need-to-know and written to the access log, as on the pages.");
        failures("case list", listed);
        failures("case page", page);
    }

    // ---- 6. rebuilding the read models

    /**
     * The event store grown to its size (the step cases' notes copied, spread evenly), the read models left to catch
     * up with it, then rebuilt through the operator's API ({@code POST /api/admin/read-models/rebuild}) and timed
     * until every one has caught up again: every event in the store, read again, per second. Beside it, the same rows
     * read in order by one client with each payload's JSON parsed.
     */
    private void rebuild() throws Exception {
        var superuser = stack.stack().postgres().dataSource("cases");
        long total = CaseHistories.total(superuser);
        if (settings.rebuildEvents() > total && noteCases.length > 0) {
            long share = (settings.rebuildEvents() - total) / noteCases.length + 1;
            for (String caseId : noteCases) {
                CaseHistories.grow(superuser, caseId, (int) (CaseHistories.count(superuser, caseId) + share));
            }
            total = CaseHistories.total(superuser);
        }
        awaitReadModelsCaughtUp(Duration.ofMinutes(30));
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(cases.resolve("/api/admin/read-models/rebuild"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", stack.bearer(DemoUsers.ADMIN))
                .POST(HttpRequest.BodyPublishers.ofString("{\"confirm\": \"rebuild\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        long start = System.nanoTime();
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the rebuild answered " + started.statusCode() + ": " + started.body());
        }
        awaitReadModelsCaughtUp(Duration.ofMinutes(60));
        double seconds = (System.nanoTime() - start) / 1e9;
        long rawStart = System.nanoTime();
        long read = CaseHistories.readAll(superuser);
        double rawSeconds = (System.nanoTime() - rawStart) / 1e9;
        report.add(new Report.Row("rebuilding the read models (overview and timeline)", "over " + total + " events",
                total / seconds, "events/s", "sequential read of the event table + JSON parse of each payload",
                read / rawSeconds, true, "Rebuilding the read models (events/s)"));
        report.note("The rebuild's history is mostly the mediators' notes (each step case's note copied), so it "
                + "measures the read models' work per event on a long, note-heavy history.");
    }

    private void awaitReadModelsCaughtUp(Duration atMost) throws IOException, InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        String last = "nothing";
        while (System.nanoTime() < until) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(cases.resolve("/api/admin/read-models"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", stack.bearer(DemoUsers.ADMIN)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            last = answer.statusCode() + " " + answer.body();
            JsonNode models = JSON.readTree(answer.body());
            boolean done = answer.statusCode() == 200 && models.isArray() && !models.isEmpty();
            for (JsonNode model : models) {
                done &= model.path("caughtUp").asBoolean() && model.path("running").asBoolean();
            }
            if (done) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the read models did not catch up within " + atMost + "; last: " + last);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(cases.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", stack.bearer(DemoUsers.DESK)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void ok(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.uri().getPath() + " answered " + answer.statusCode());
        }
    }

    private void failures(String what, Latencies latencies) {
        if (latencies.failures() > 0) {
            report.note(what + ": " + latencies.failures() + " request(s) failed and are not in the figures.");
        }
    }

    /** One path of the run, by its name in {@link Settings#PATHS}. */
    @FunctionalInterface
    private interface Measurement {
        void run() throws Exception;
    }
}
