package nl.perspectief.publicdefences;

import java.time.Duration;

/**
 * A token bucket: {@code requests} per {@code period} sustained, at most {@code burst} at once. Bound from a service's
 * settings (for instance {@code perspectief.training.enrolment.rate-limit.per-client.requests}).
 */
public record Limit(long requests, Duration period, long burst) {

    public Limit {
        if (requests <= 0 || burst <= 0 || period == null || period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("a rate limit needs requests > 0, burst > 0 and a period > 0");
        }
    }

    /** How long an untouched bucket takes to fill up again: after that it is as good as a new one. */
    public Duration timeToFill() {
        return period.multipliedBy(burst).dividedBy(requests).plusSeconds(1);
    }
}
