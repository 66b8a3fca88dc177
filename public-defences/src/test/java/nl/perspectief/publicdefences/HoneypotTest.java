package nl.perspectief.publicdefences;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class HoneypotTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Honeypot honeypot = new Honeypot(meters);

    @Test
    void catchesAFilledInFieldAndCountsItByEndpoint() {
        assertThat(honeypot.caught("enrolment", "http://spam.example")).isTrue();
        assertThat(honeypot.caught("enrolment", " ")).as("whitespace is something a bot typed").isTrue();

        assertThat(meters.counter(Honeypot.TRIGGERED, "endpoint", "enrolment").count()).isEqualTo(2);
        assertThat(meters.find(Honeypot.TRIGGERED).tag("endpoint", "registration").counter()).isNull();
    }

    @Test
    void letsAPersonThroughWhoLeftItEmpty() {
        assertThat(honeypot.caught("enrolment", null)).isFalse();
        assertThat(honeypot.caught("enrolment", "")).isFalse();

        assertThat(meters.find(Honeypot.TRIGGERED).counter()).isNull();
    }
}
