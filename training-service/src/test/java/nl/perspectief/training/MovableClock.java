package nl.perspectief.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The running service's clock in tests, as in case-service: the real time, moved on by as much as a test says, so a
 * test lets the days of a session come (attendance is taken on the day, a session completed after its last day)
 * without waiting for them. Tests that move it move it back. Only the service's own clock moves: tokens are checked,
 * and db-scheduler fires deadlines, by the real time.
 */
public final class MovableClock extends Clock {

    private volatile Duration ahead = Duration.ZERO;

    /** Lets {@code time} pass at once. */
    public void moveOn(Duration time) {
        ahead = ahead.plus(time);
    }

    /** Lets the time pass until {@code moment}. */
    public void moveTo(Instant moment) {
        moveOn(Duration.between(instant(), moment));
    }

    /** Back to the real time. */
    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }

    /** Takes the place of the service's own clock in the tests' context. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InTheService {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
