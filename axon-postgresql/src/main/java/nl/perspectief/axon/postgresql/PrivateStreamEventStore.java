package nl.perspectief.axon.postgresql;

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
 * wakes at the next one. Events appended by another process (another instance of the service, a restore) are found
 * when the processor's wait ends, as before.
 */
public class PrivateStreamEventStore extends EmbeddedEventStore {

    private final Appends appends = new Appends();

    /** @param builder the embedded store's settings; its shared cache is turned off whatever they say */
    public PrivateStreamEventStore(Builder builder) {
        super(builder.optimizeEventConsumption(false));
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        appends.counted();
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WokenStream(super.openStream(trackingToken), appends);
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
     * A private stream that looks in the database again as soon as this store commits, instead of when its wait ends.
     * The commit count is read before looking, so a commit between an empty look and the wait is not missed.
     */
    private static final class WokenStream implements TrackingEventStream {

        private final TrackingEventStream stream;
        private final Appends appends;

        WokenStream(TrackingEventStream stream, Appends appends) {
            this.stream = stream;
            this.appends = appends;
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (true) {
                long seen = appends.count();
                if (stream.hasNextAvailable(0, TimeUnit.NANOSECONDS)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !appends.awaitAfter(seen, left)) {
                    return false;
                }
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                // Integer.MAX_VALUE milliseconds ran out without an event: wait again, as the contract says
            }
            return stream.nextAvailable();
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
