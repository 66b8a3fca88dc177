package nl.perspectief.localstack;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The load of the benchmark: a fixed number of website clients posting registrations as fast as intake-service
 * answers them, and one watcher asking case-service for every accepted registration until its case is readable.
 * Everything stops at the deadline, finished or not.
 */
final class RegistrationLoad {

    /**
     * Registrations the watcher asks about per pass, oldest first, before it starts the pass again: cases open
     * roughly in the order of the 201s (three partitions, so a few out of order), so the oldest are the ones
     * that become readable next, and each of them is asked about again soon.
     */
    static final int WATCH_WINDOW = 8;
    /** After a pass that found nothing: the watcher shares two cores with what it measures. */
    static final Duration WATCH_PAUSE = Duration.ofMillis(5);

    private static final String[] FIRST_NAMES = {"Julia", "Sanne", "Daan", "Fatima", "Mehmet", "Lotte", "Bram", "Noor", "Kees", "Anouk", "Youssef", "Ingrid"};
    private static final String[] LAST_NAMES = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Yilmaz", "El Amrani", "van Dijk", "Peters"};
    private static final String[] ROLES = {"VICTIM", "VICTIM", "VICTIM", "BEREAVED_RELATIVE", "OFFENDER", "CAUSED_ACCIDENT", "FAMILY_MEMBER"};
    private static final String[] CATEGORIES = {"SEXUAL_TRANSGRESSION", "VIOLENCE", "TRAFFIC_ACCIDENT", "THREAT_OR_INTIMIDATION", "THEFT_OR_FRAUD", "HOMICIDE", "OTHER"};
    private static final String[] PROCEEDINGS = {"NONE", "INVESTIGATION", "AWAITING_TRIAL", "CONVICTED", "UNKNOWN"};
    private static final String STORY_SENTENCE = "It still keeps me awake some nights and I would like to talk about what happened. ";

    private final Registrations registrations;
    private final int concurrency;
    private final long deadlineNanos;

    RegistrationLoad(Registrations registrations, int concurrency, long deadlineNanos) {
        this.registrations = registrations;
        this.concurrency = concurrency;
        this.deadlineNanos = deadlineNanos;
    }

    /** A 201, and when the client had it. */
    record Accepted(String reference, long acceptedAtNanos) {
    }

    /** What the clients saw. */
    record Posting(long[] latenciesNanos, int failed, String firstFailure, long startedAtNanos, long finishedAtNanos, long lastAcceptedAtNanos) {

        int accepted() {
            return latenciesNanos.length;
        }

        Duration wallTime() {
            return Duration.ofNanos(finishedAtNanos - startedAtNanos);
        }

        double acceptedPerSecond() {
            return accepted() / (wallTime().toNanos() / 1e9);
        }
    }

    /** From each 201 to the case being readable, and how finely the watcher could see it. */
    record Readable(long[] lagsNanos, int missing, long lastReadableAtNanos, long[] passesNanos, long questions) {
    }

    /** Registrations posted while the watcher follows them. */
    record Round(Posting posting, Readable readable) {

        /** From the last 201 to the last case readable. */
        Duration drainAfterLastAccepted() {
            return readable.lagsNanos().length == 0 ? Duration.ZERO
                    : Duration.ofNanos(Math.max(0, readable.lastReadableAtNanos() - posting.lastAcceptedAtNanos()));
        }

        /** From the first POST to the last case readable. */
        Duration firstPostToLastCase() {
            return readable.lagsNanos().length == 0 ? Duration.ZERO
                    : Duration.ofNanos(readable.lastReadableAtNanos() - posting.startedAtNanos());
        }
    }

    /** Registrations posted while the broker was down, followed once it was back. */
    record Outage(Posting posting, Duration brokerDown, Duration brokerRestart, Readable readable, long brokerReadyAtNanos) {

        Duration brokerReadyToLastCase() {
            return readable.lagsNanos().length == 0 ? Duration.ZERO
                    : Duration.ofNanos(Math.max(0, readable.lastReadableAtNanos() - brokerReadyAtNanos));
        }
    }

    /** Posts registrations {@code first} to {@code first + count - 1} and follows each to its case. */
    Round postAndFollow(int first, int count) throws Exception {
        var accepted = new LinkedBlockingQueue<Accepted>();
        var postingFinished = new AtomicBoolean();
        var watcher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("case-watcher").factory());
        try {
            Future<Readable> readable = watcher.submit(() -> follow(accepted, postingFinished));
            Posting posting;
            try {
                posting = post(first, count, accepted);
            } finally {
                postingFinished.set(true);
            }
            return new Round(posting, result(readable));
        } finally {
            watcher.shutdownNow();
        }
    }

    /** Stops the broker, posts {@code count} registrations, starts the broker again and follows them to their cases. */
    Outage postDuringBrokerOutage(KafkaBroker kafka, int first, int count) throws Exception {
        var accepted = new LinkedBlockingQueue<Accepted>();
        var stopped = System.nanoTime();
        kafka.stop();
        var posting = post(first, count, accepted);
        var restarting = System.nanoTime();
        kafka.start();
        var ready = System.nanoTime();
        var readable = follow(accepted, new AtomicBoolean(true));
        return new Outage(posting, Duration.ofNanos(ready - stopped), Duration.ofNanos(ready - restarting), readable, ready);
    }

    private Posting post(int first, int count, LinkedBlockingQueue<Accepted> accepted) throws Exception {
        var next = new AtomicInteger();
        var latencies = new long[count];
        var failed = new AtomicInteger();
        var firstFailure = new AtomicReference<String>();
        var lastAccepted = new AtomicLong(Long.MIN_VALUE);
        var pool = Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().name("website-client-", 1).factory());
        var started = System.nanoTime();
        try {
            var clients = new ArrayList<Future<?>>();
            for (int c = 0; c < concurrency; c++) {
                clients.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadlineNanos) {
                        var body = registration(first + i);
                        var sent = System.nanoTime();
                        try {
                            var receipt = registrations.submit(body, UUID.randomUUID().toString());
                            var answered = System.nanoTime();
                            if (receipt.status() == 201) {
                                latencies[i] = answered - sent;
                                lastAccepted.accumulateAndGet(answered, Math::max);
                                accepted.add(new Accepted(receipt.reference(), answered));
                            } else {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, "HTTP " + receipt.status());
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet();
                            firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                        }
                    }
                    return null;
                }));
            }
            for (var client : clients) {
                result(client);
            }
        } finally {
            pool.shutdownNow();
        }
        var finished = System.nanoTime();
        var answered = Arrays.stream(latencies).filter(l -> l > 0).toArray();
        var notSent = count - answered.length - failed.get();
        if (notSent > 0) {
            failed.addAndGet(notSent);
            firstFailure.compareAndSet(null, notSent + " not sent before the time limit");
        }
        return new Posting(answered, failed.get(), firstFailure.get(), started, finished, lastAccepted.get());
    }

    /** Asks case-service about every accepted registration, oldest first, until each is readable or time is up. */
    private Readable follow(LinkedBlockingQueue<Accepted> accepted, AtomicBoolean postingFinished) throws IOException, InterruptedException {
        var pending = new ArrayList<Accepted>();
        var lags = new ArrayList<Long>();
        var passes = new ArrayList<Long>();
        long lastReadable = Long.MIN_VALUE;
        long questions = 0;
        while (System.nanoTime() < deadlineNanos) {
            var finished = postingFinished.get();
            accepted.drainTo(pending);
            if (pending.isEmpty()) {
                if (finished && accepted.isEmpty()) {
                    break;
                }
                pause();
                continue;
            }
            var passStarted = System.nanoTime();
            var found = false;
            var misses = 0;
            for (var iterator = pending.iterator(); iterator.hasNext() && misses < WATCH_WINDOW; ) {
                var registration = iterator.next();
                questions++;
                if (registrations.caseFor(registration.reference()).isPresent()) {
                    var readable = System.nanoTime();
                    lags.add(readable - registration.acceptedAtNanos());
                    lastReadable = Math.max(lastReadable, readable);
                    iterator.remove();
                    found = true;
                } else {
                    misses++;
                }
            }
            passes.add(System.nanoTime() - passStarted);
            if (!found) {
                pause();
            }
        }
        accepted.drainTo(pending);
        return new Readable(lags.stream().mapToLong(Long::longValue).toArray(), pending.size(), lastReadable,
                passes.stream().mapToLong(Long::longValue).toArray(), questions);
    }

    /** Pacing of a load generator, not a wait for a condition. */
    private static void pause() {
        LockSupport.parkNanos(WATCH_PAUSE.toNanos());
    }

    private static <T> T result(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The website's JSON with the fields that differ between people varied per registration (names, contact
     * details, role, incident, story length): no two bodies alike, none that the intake refuses.
     */
    static String registration(int n) {
        var first = FIRST_NAMES[n % FIRST_NAMES.length];
        var last = LAST_NAMES[(n / FIRST_NAMES.length) % LAST_NAMES.length];
        var otherFirst = FIRST_NAMES[(n + 5) % FIRST_NAMES.length];
        var otherLast = LAST_NAMES[(n + 3) % LAST_NAMES.length];
        var otherPartyKnown = n % 4 != 3;
        var otherParty = otherPartyKnown
                ? """
                  { "known": true, "fullName": "%s %s", "relationship": "neighbour" }""".formatted(otherFirst, otherLast)
                : """
                  { "known": false, "fullName": null, "relationship": null }""";
        var channel = n % 3 == 2 ? "PHONE" : "EMAIL";
        var story = "Registration " + n + ". " + STORY_SENTENCE.repeat(1 + n % 12);
        return """
                {
                  "applicant": {
                    "role": "%s",
                    "fullName": "%s %s",
                    "email": "%s.%d@example.org",
                    "phone": "+31 6 %08d",
                    "postalAddress": null,
                    "preferredChannel": "%s",
                    "safeToLeaveMessages": %b,
                    "minor": false
                  },
                  "incident": {
                    "category": "%s",
                    "approximateDate": "%d-%02d",
                    "policeReportFiled": %b,
                    "criminalProceedings": "%s"
                  },
                  "otherParty": %s,
                  "story": "%s",
                  "referrer": null,
                  "privacyStatementAccepted": true,
                  "website": ""
                }
                """.formatted(
                ROLES[n % ROLES.length], first, last,
                first.toLowerCase(), n, 10_000_000 + n % 90_000_000,
                channel, n % 2 == 0,
                CATEGORIES[n % CATEGORIES.length], 2000 + n % 25, 1 + n % 12, n % 3 == 0, PROCEEDINGS[n % PROCEEDINGS.length],
                otherParty, story);
    }

    /** The value at percentile {@code p} (nearest rank) of {@code values}, in milliseconds. */
    static double percentileMillis(long[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        var sorted = values.clone();
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    static double maxMillis(long[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).max().getAsLong() / 1e6;
    }
}
