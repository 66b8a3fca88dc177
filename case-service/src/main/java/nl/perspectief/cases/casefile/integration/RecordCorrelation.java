package nl.perspectief.cases.casefile.integration;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;

import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;

/**
 * The correlation id of a consumed record in the logging context while a listener handles it, and the context as it
 * was afterwards: the record header's id from the start (so a refusal of the record is logged with it too), then the
 * one the listener {@link #continueWith continues with} once it has read the envelope.
 */
final class RecordCorrelation implements AutoCloseable {

    private final byte[] header;
    private final String previous = MDC.get(CorrelationId.MDC_KEY);

    private RecordCorrelation(byte[] header) {
        this.header = header;
        EnvelopeCorrelation.fromHeader(header).ifPresent(id -> MDC.put(CorrelationId.MDC_KEY, id));
    }

    static RecordCorrelation of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CorrelationId.HEADER);
        return new RecordCorrelation(header == null ? null : header.value());
    }

    /** The header's id, or the envelope's for a record from before the header, or a new one; in the context now. */
    String continueWith(UUID envelopeCorrelationId) {
        String correlationId = EnvelopeCorrelation.continueFrom(header, envelopeCorrelationId);
        MDC.put(CorrelationId.MDC_KEY, correlationId);
        return correlationId;
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(CorrelationId.MDC_KEY);
        } else {
            MDC.put(CorrelationId.MDC_KEY, previous);
        }
    }
}
