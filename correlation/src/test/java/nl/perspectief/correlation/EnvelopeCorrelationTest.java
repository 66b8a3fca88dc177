package nl.perspectief.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EnvelopeCorrelationTest {

    @Test
    void aUuidStandsInTheEnvelopeUnchanged() {
        UUID id = UUID.randomUUID();

        assertThat(EnvelopeCorrelation.asUuid(id.toString())).isEqualTo(id);
    }

    @Test
    void aCallersOwnIdStandsInTheEnvelopeAsTheSameUuidEveryTime() {
        assertThat(EnvelopeCorrelation.asUuid("web-2026-12-03:abc.123"))
                .isEqualTo(EnvelopeCorrelation.asUuid("web-2026-12-03:abc.123"))
                .isEqualTo(UUID.nameUUIDFromBytes("web-2026-12-03:abc.123".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aConsumerContinuesWithTheHeaderThenTheEnvelopeThenANewId() {
        UUID envelope = UUID.randomUUID();

        assertThat(EnvelopeCorrelation.continueFrom(EnvelopeCorrelation.asHeader("web-2026-12-03:abc.123"), envelope))
                .isEqualTo("web-2026-12-03:abc.123");
        assertThat(EnvelopeCorrelation.continueFrom(null, envelope)).isEqualTo(envelope.toString());
        assertThat(EnvelopeCorrelation.continueFrom("Julia de Vries".getBytes(StandardCharsets.UTF_8), envelope))
                .as("a header that could carry text into a log line").isEqualTo(envelope.toString());
        assertThat(EnvelopeCorrelation.continueFrom(null, null)).hasSize(36);
    }
}
