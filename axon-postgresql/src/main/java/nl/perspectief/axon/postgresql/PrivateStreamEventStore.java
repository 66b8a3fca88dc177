package nl.perspectief.axon.postgresql;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's {@link EmbeddedEventStore} with every tracking processor on a stream of its own, read from the database, and
 * woken as soon as this service appends an event.
 *
 * <p>By default the embedded store keeps one shared cache of the newest events for all processors: a producer thread
 * reads ahead from the database into a linked list, and each processor at the head holds its place in that list. A
 * processor that falls behind still holds its node until it next asks for an event, so everything the producer has
 * read since stays reachable: when 400,000 events arrived at once, case-service filled its 512 MB heap and stopped
 * answering (issue 14; Axon's issue 2954, and Axon 5 drops the cache). Without the cache each processor reads its own
 * batches and holds nothing beyond them: the same 500,000 events were read at 10,600 events/s in at most 63 MB.
 *
 * <p>Without the cache, though, Axon's private stream only looks in the database again when the processor's wait ends,
 * about a second after an event was appended. So this store counts its own commits, and a stream waiting for events
 * wakes at the next one.
 *
 * <p>A stream that has looked and found nothing does not look again until this store commits or a second has passed.
 * A tracking processor looks twice after every batch (at the batch's end, and when it asks for the next), and both
 * looks are a query and a gap check: at a registration every few dozen milliseconds, that was three event queries per
 * event for each processor of the service, two of them empty (issue 14). Events appended by another process (another
 * instance of the service, a restore) are found at that look a second later, as Axon's own stream finds them when its
 * processor's one-second wait ends.
 */
public class PrivateStreamEventStore extends EmbeddedEventStore {

    /** As often as Axon's tracking processor looks on its own when nothing is appended: its wait is a second. */
    static final Duration LOOK_AT_LEAST_EVERY = Duration.ofSeconds(1);

    private final Appends appends = new Appends();
    private final long lookAtLeastEveryNanos;

    /** @param builder the embedded store's settings; its shared cache is turned off whatever they say */
    public PrivateStreamEventStore(Builder builder) {
        this(builder, LOOK_AT_LEAST_EVERY);
    }

    /** @param lookAtLeastEvery how long a stream that found nothing trusts that, unless this store commits */
    PrivateStreamEventStore(Builder builder, Duration lookAtLeastEvery) {
        super(builder.optimizeEventConsumption(false));
        this.lookAtLeastEveryNanos = lookAtLeastEvery.toNanos();
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        appends.counted();
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WokenStream(super.openStream(trackingToken), appends, lookAtLeastEveryNanos);
    }

    /** The commits of this store so far, and a way to wait for the next one. */
    private static final class Appends {

        private final ReentrantLock lock = new ReentrantLock();
        private final Condition appended = lock.newCondition();
        private long count;

        long count() {
            lock.lock();
            try {
                return count;
            } finally {
                lock.unlock();
            }
        }

        void counted() {
            lock.lock();
            try {
                count++;
                appended.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** @return whether a commit came after the {@code seen} one before {@code nanos} ran out */
        boolean awaitAfter(long seen, long nanos) throws InterruptedException {
            lock.lock();
            try {
                long left = nanos;
                while (count == seen && left > 0) {
                    left = appended.awaitNanos(left);
                }
                return count != seen;
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * A private stream that looks in the database again as soon as this store commits, instead of when its wait ends,
     * and that does not look again while nothing can have changed: after it found nothing, until this store commits or
     * the look interval has passed. The commit count is read before each look, so a commit during a look is not missed.
     * One processor's thread uses it.
     */
    private static final class WokenStream implements TrackingEventStream {

        private final TrackingEventStream stream;
        private final Appends appends;
        private final long lookAtLeastEveryNanos;
        /** Whether the last look found nothing, at which commit count, and when. */
        private boolean foundNothing;
        private long nothingAtCount;
        private long nothingAtNanos;

        WokenStream(TrackingEventStream stream, Appends appends, long lookAtLeastEveryNanos) {
            this.stream = stream;
            this.appends = appends;
            this.lookAtLeastEveryNanos = lookAtLeastEveryNanos;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (true) {
                long seen = appends.count();
                if (worthALook(seen)) {
                    if (stream.hasNextAvailable(0, TimeUnit.NANOSECONDS)) {
                        foundNothing = false;
                        return true;
                    }
                    foundNothingAt(seen);
                }
                long now = System.nanoTime();
                long left = deadline - now;
                if (left <= 0) {
                    return false;
                }
                // until this store commits, or until the next look for what others appended, whichever comes first
                long untilNextLook = Math.max(0, nothingAtNanos + lookAtLeastEveryNanos - now);
                appends.awaitAfter(seen, Math.min(left, untilNextLook));
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            long seen = appends.count();
            if (!worthALook(seen)) {
                return Optional.empty();
            }
            Optional<TrackedEventMessage<?>> next = stream.peek();
            if (next.isPresent()) {
                foundNothing = false;
            } else {
                foundNothingAt(seen);
            }
            return next;
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                // Integer.MAX_VALUE milliseconds ran out without an event: wait again, as the contract says
            }
            return stream.nextAvailable();
        }

        /** Unless the last look found nothing, this store has not committed since, and the look is recent enough. */
        private boolean worthALook(long seen) {
            return !foundNothing || seen != nothingAtCount
                    || System.nanoTime() - nothingAtNanos >= lookAtLeastEveryNanos;
        }

        private void foundNothingAt(long seen) {
            foundNothing = true;
            nothingAtCount = seen;
            nothingAtNanos = System.nanoTime();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
