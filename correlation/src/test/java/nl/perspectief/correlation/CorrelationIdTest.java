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
}
