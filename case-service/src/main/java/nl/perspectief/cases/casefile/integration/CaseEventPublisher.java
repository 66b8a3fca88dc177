package nl.perspectief.cases.casefile.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import nl.perspectief.cases.casefile.api.CaseEvent;
import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.Topics;
import nl.perspectief.events.cases.v1.CaseTopicPayload;

/**
 * Publishes the case's integration events to {@code cases.case-events.v1} from a tracking processor:
 * the event store is the outbox. The send is synchronous and a failure propagates (the platform's
 * error handler), so the token never passes an event Kafka has not acknowledged; an outage delays
 * publication, never loses it. The record key is the case id, so one case's events stay in order;
 * the event id is Axon's message id, so a republication after a crash or a reset keeps it and
 * consumers deduplicate on it.
 * <p>
 * The request's correlation id, on the event's metadata ({@link CorrelationMetaData#KEY}: the staff member's HTTP
 * request, or the registration's id from intake), goes on as the envelope's {@code correlationId} and as the record
 * header {@link CorrelationId#HEADER}; an event stored before that id existed keeps Axon's trace id in the
 * envelope, as before, and gets no header.
 */
@Component
@ProcessingGroup(CaseEventPublisher.PROCESSING_GROUP)
class CaseEventPublisher {

    static final String PROCESSING_GROUP = "case-events-publisher";
    /** Axon's {@code MessageOriginProvider}: the id of the message that caused this one. */
    private static final String AXON_CAUSE = "correlationId";
    /** Axon's {@code MessageOriginProvider}: the id of the message that started the whole chain. */
    private static final String AXON_ORIGIN = "traceId";
    private static final Logger log = LoggerFactory.getLogger(CaseEventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final ExchangeOpenings openings;
    private final CaseServiceProperties.CaseEvents settings;

    CaseEventPublisher(KafkaTemplate<String, byte[]> kafka, ExchangeOpenings openings,
                       CaseServiceProperties properties) {
        this.kafka = kafka;
        this.openings = openings;
        this.settings = properties.caseEvents();
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequenceNumber, @MessageIdentifier String messageId,
            @Timestamp Instant occurredAt, MetaData metaData) {
        String requestId = metaData.get(CorrelationMetaData.KEY) instanceof String id && CorrelationId.isAcceptable(id)
                ? id : null;
        CaseEventMapper.toPayload(event, sequenceNumber, openings).ifPresent(payload -> publish(
                CaseEventMapper.toEnvelope(payload, uuidOf(messageId), occurredAt,
                        requestId != null ? EnvelopeCorrelation.asUuid(requestId) : uuidOrNull(metaData.get(AXON_ORIGIN)),
                        uuidOrNull(metaData.get(AXON_CAUSE))), requestId));
    }

    private void publish(Envelope<CaseTopicPayload> envelope, String requestId) {
        UUID caseId = envelope.payload().caseId();
        byte[] value = CaseEventMapper.toJson(envelope).getBytes(StandardCharsets.UTF_8);
        var record = new ProducerRecord<>(Topics.CASES_CASE_EVENTS_V1, caseId.toString(), value);
        if (requestId != null) {
            record.headers().add(CorrelationId.HEADER, EnvelopeCorrelation.asHeader(requestId));
        }
        try {
            var result = kafka.send(record)
                    .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            log.info("{} {} of case {} published to {}-{}@{}", envelope.type(), envelope.eventId(), caseId,
                    result.getRecordMetadata().topic(), result.getRecordMetadata().partition(),
                    result.getRecordMetadata().offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseEventNotPublishedException(envelope.type(), caseId, e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            // KafkaException: send() itself gives up when it cannot fetch the topic's metadata within max.block.ms
            log.warn("{} {} of case {} not published yet ({}); will retry", envelope.type(), envelope.eventId(),
                    caseId, e.getClass().getSimpleName());
            throw new CaseEventNotPublishedException(envelope.type(), caseId, e);
        }
    }

    /** Axon's identifiers are UUIDs; anything else still maps to the same id on every republication. */
    private static UUID uuidOf(String identifier) {
        try {
            return UUID.fromString(identifier);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(identifier.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static UUID uuidOrNull(Object value) {
        return value == null ? null : uuidOf(value.toString());
    }
}
