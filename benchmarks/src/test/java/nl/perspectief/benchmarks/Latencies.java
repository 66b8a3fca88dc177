package nl.perspectief.benchmarks;

import java.time.Duration;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What a run measured: every operation's latency in microseconds (HdrHistogram, 3 significant digits, up to an hour),
 * the failures, and the wall time the measured operations took, so that a rate is what was done per second.
 */
final class Latencies {

    private final Recorder recorder = new Recorder(3_600_000_000L, 3);
    private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();
    private Histogram histogram;
    private Duration wall = Duration.ZERO;

    void record(long nanos) {
        recorder.recordValue(Math.max(1, nanos / 1_000));
    }

    void failed() {
        failures.incrementAndGet();
    }

    /** Closes the run: what was recorded so far is the result, over this wall time. */
    Latencies done(Duration wallTime) {
        histogram = recorder.getIntervalHistogram();
        wall = wallTime;
        return this;
    }

    long count() {
        return histogram.getTotalCount();
    }

    long failures() {
        return failures.get();
    }

    /** Operations per second over the wall time. */
    double rate() {
        return wall.isZero() ? 0 : count() / (wall.toNanos() / 1e9);
    }

    double millis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    double maxMillis() {
        return histogram.getMaxValue() / 1_000.0;
    }
}
