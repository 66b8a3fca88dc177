package nl.perspectief.publicdefences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.perspectief.publicdefences.RateLimits.Refusal;
import nl.perspectief.publicdefences.RateLimits.Scope;

class RateLimitsTest {

    @Test
    void remembersNoMoreClientAddressesThanItsBound() {
        var limits = new RateLimits(new RateLimit(new Limit(10, Duration.ofMinutes(1), 10),
                new Limit(1_000_000, Duration.ofMinutes(1), 1_000_000), 100));

        for (int i = 0; i < 5_000; i++) {
            limits.admit("10.0.%d.%d".formatted(i / 256, i % 256));
        }

        assertThat(limits.clientsRemembered()).isLessThanOrEqualTo(100);
    }

    @Test
    void tellsToRetryAfterWholeSecondsRoundedUp() {
        var limits = new RateLimits(new RateLimit(new Limit(2, Duration.ofSeconds(3), 1),
                new Limit(100, Duration.ofMinutes(1), 100), 10));
        limits.admit("192.0.2.1");

        // one token every 1.5 s: 2 whole seconds
        assertThat(limits.admit("192.0.2.1")).get().isEqualTo(new Refusal(Scope.CLIENT, 2));
    }

    @Test
    void givesTheClientItsRequestBackWhenTheOverallLimitRefusesIt() {
        var limits = new RateLimits(new RateLimit(new Limit(1, Duration.ofHours(1), 1),
                new Limit(1, Duration.ofHours(1), 1), 10));
        limits.admit("192.0.2.1");

        assertThat(limits.admit("192.0.2.2")).get().extracting(Refusal::scope).isEqualTo(Scope.OVERALL);
        assertThat(limits.admit("192.0.2.2")).as("still refused overall, not by its own limit")
                .get().extracting(Refusal::scope).isEqualTo(Scope.OVERALL);
    }

    @Test
    void forgetsAnUntouchedClientOnlyOnceItsBucketWouldBeFullAgain() {
        assertThat(new Limit(5, Duration.ofMinutes(1), 5).timeToFill()).isEqualTo(Duration.ofSeconds(61));
        assertThat(new Limit(200, Duration.ofMinutes(1), 20).timeToFill()).isEqualTo(Duration.ofSeconds(7));
    }
}
