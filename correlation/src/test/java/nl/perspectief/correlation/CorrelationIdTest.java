package nl.perspectief.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrelationIdTest {

    @Test
    void takesACallersIdMadeOfSafeCharacters() {
        assertThat(CorrelationId.acceptOrNew("web-2026-12-03:abc.123")).isEqualTo("web-2026-12-03:abc.123");
    }

    @Test
    void replacesAnIdThatCouldCarryTextIntoALogLine() {
        assertThat(CorrelationId.acceptOrNew("Julia de Vries")).isNotEqualTo("Julia de Vries").hasSize(36);
        assertThat(CorrelationId.acceptOrNew("a".repeat(65))).hasSize(36);
        assertThat(CorrelationId.acceptOrNew("short")).hasSize(36);
        assertThat(CorrelationId.acceptOrNew(null)).hasSize(36);
    }

    @Test
    void runsWorkLaterInTheContextOfWhenItWasHandedOnAndPutsBackWhatItFound() {
        org.slf4j.MDC.put(CorrelationId.MDC_KEY, "request-of-the-event");
        java.util.List<String> seen = new java.util.ArrayList<>();
        Runnable later = CorrelationId.keptFor(() -> seen.add(CorrelationId.current().orElse(null)));
        Runnable laterWithout;
        org.slf4j.MDC.remove(CorrelationId.MDC_KEY);
        laterWithout = CorrelationId.keptFor(() -> seen.add(CorrelationId.current().orElse("none")));

        org.slf4j.MDC.put(CorrelationId.MDC_KEY, "the-batch-request");
        later.run();
        laterWithout.run();

        assertThat(seen).containsExactly("request-of-the-event", "none");
        assertThat(CorrelationId.current()).hasValue("the-batch-request");
        org.slf4j.MDC.remove(CorrelationId.MDC_KEY);
    }
}
