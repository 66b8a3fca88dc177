package nl.perspectief.mailoutbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the sender on a thread of its own: a round every poll interval, each round sending due mails over one SMTP
 * connection until none is left or the batch is done, then counting what still waits. A round that did a whole batch
 * is followed by the next at once, so a backlog (a burst of registrations, each confirmed by mail) goes out as fast as
 * the server takes it, not a batch per interval. It starts with the service, after everything else, and stops first,
 * between two mails, so a shutdown does not cut a mail in half.
 */
final class OutboxPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final OutboxSender sender;
    private final OutboxMetrics metrics;
    private final Duration interval;
    private final int batchSize;
    private volatile boolean stopRequested;
    private ScheduledExecutorService executor;

    OutboxPoller(OutboxSender sender, OutboxMetrics metrics, Duration interval, int batchSize) {
        this.sender = sender;
        this.metrics = metrics;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        stopRequested = false;
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-outbox");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::rounds, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Rounds until one finds fewer due mails than a batch: the pause between rounds is for an outbox that is empty. */
    void rounds() {
        while (!stopRequested && round() == batchSize) {
            // a whole batch went: more may be due
        }
    }

    /** One round: due mails over one connection until none is left or the batch is done; returns how many were dealt with. */
    int round() {
        int handled = 0;
        try (SmtpConnection smtp = sender.connection()) {
            while (!stopRequested && handled < batchSize && sender.sendNext(smtp)) {
                handled++;
            }
            metrics.pending(sender.countPending());
        } catch (RuntimeException e) {
            // the database is away, most likely: the next round tries again
            log.warn("Mail outbox round stopped after {} mails: {}", handled, OutboxSender.describe(e));
        }
        return handled;
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        stopRequested = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
