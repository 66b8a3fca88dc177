package nl.perspectief.publication;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes one integration event for a domain event a tracking processor is handling, the same in every service: the
 * event store is the outbox. The payload goes in shared-events' {@link Envelope} with its wire type, the domain event's
 * message id as the envelope's id (a republication after a crash or a replay keeps it; consumers deduplicate on it),
 * the request's correlation id (from the event's metadata, {@link CorrelationMetaData#KEY}) as the envelope's
 * {@code correlationId} and the record header {@link CorrelationId#HEADER}, and Axon's cause as {@code causationId}.
 * The acknowledgement of Kafka is awaited; a failure throws {@link IntegrationEventNotPublishedException}, so the
 * processor's token does not pass an event Kafka has not acknowledged: an outage delays publication, never loses it.
 * <p>
 * In a unit of work (a tracking processor's batch) the send is handed to the producer at once and its acknowledgement
 * awaited as the unit of work prepares its commit, before the token's update commits. A batch of events is then sent
 * together, its acknowledgements awaited together, instead of one round trip to the broker after another; a missing
 * acknowledgement still rolls the whole batch back, token included, and the processor sends it again. Outside a unit
 * of work the send waits at once.
 */
public final class IntegrationEventPublication {

    /** Axon's {@code MessageOriginProvider}: the id of the message that caused this one. */
    private static final String AXON_CAUSE = "correlationId";
    /** Axon's {@code MessageOriginProvider}: the id of the message that started the whole chain. */
    private static final String AXON_ORIGIN = "traceId";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(IntegrationEventPublication.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final String producer;
    private final Duration sendTimeout;

    /**
     * @param producer    the service's name in every envelope ({@code messaging-service})
     * @param sendTimeout how long one publication may wait for the acknowledgement; longer than the producer's own
     *                    {@code delivery.timeout.ms}, so the producer's verdict comes first
     */
    public IntegrationEventPublication(KafkaTemplate<String, byte[]> kafka, String producer, Duration sendTimeout) {
        this.kafka = kafka;
        this.producer = producer;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Sends {@code payload} to {@code topic} under {@code key} and waits for Kafka to acknowledge it.
     *
     * @param messageId  the domain event's message id (Axon's {@code @MessageIdentifier})
     * @param occurredAt the domain event's timestamp
     * @param metaData   the domain event's metadata, for the correlation and the cause
     * @throws IntegrationEventNotPublishedException when Kafka did not acknowledge it in time
     */
    public void publish(String topic, String key, Object payload, String messageId, Instant occurredAt,
                        MetaData metaData) {
        String type = EventTypes.typeOf(payload.getClass()).orElseThrow(() -> new IllegalArgumentException(
                "no wire type for " + payload.getClass().getName() + " in shared-events' EventTypes"));
        String requestId = metaData.get(CorrelationMetaData.KEY) instanceof String id && CorrelationId.isAcceptable(id)
                ? id : null;
        var envelope = new Envelope<>(uuidOf(messageId), type, 1, occurredAt,
                requestId != null ? EnvelopeCorrelation.asUuid(requestId) : uuidOrNull(metaData.get(AXON_ORIGIN)),
                uuidOrNull(metaData.get(AXON_CAUSE)), producer, payload);
        var record = new ProducerRecord<>(topic, key, JSON.writeValueAsBytes(envelope));
        if (requestId != null) {
            record.headers().add(CorrelationId.HEADER, EnvelopeCorrelation.asHeader(requestId));
        }
        CompletableFuture<SendResult<String, byte[]>> sent;
        try {
            sent = kafka.send(record);
        } catch (KafkaException | org.springframework.kafka.KafkaException e) {
            // send() itself gives up when it cannot fetch the topic's metadata within max.block.ms: the client's
            // KafkaException, which Spring's template hands on wrapped in its own
            log.warn("{} {} of {} not published yet ({}); will retry", type, envelope.eventId(), key,
                    e.getClass().getSimpleName());
            throw new IntegrationEventNotPublishedException(type, key, e);
        }
        if (CurrentUnitOfWork.isStarted()) {
            // the lines it logs name the event's request, as the handler's own do
            Runnable acknowledgement = CorrelationId.keptFor(() -> acknowledged(sent, type, envelope.eventId(), key));
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> acknowledgement.run());
        } else {
            acknowledged(sent, type, envelope.eventId(), key);
        }
    }

    private void acknowledged(CompletableFuture<SendResult<String, byte[]>> sent, String type, UUID eventId, String key) {
        try {
            var result = sent.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            log.info("{} {} of {} published to {}-{}@{}", type, eventId, key,
                    result.getRecordMetadata().topic(), result.getRecordMetadata().partition(),
                    result.getRecordMetadata().offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntegrationEventNotPublishedException(type, key, e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("{} {} of {} not published yet ({}); will retry", type, eventId, key,
                    e.getClass().getSimpleName());
            throw new IntegrationEventNotPublishedException(type, key, e);
        }
    }

    /** Axon's identifiers are UUIDs; anything else still maps to the same id on every republication. */
    static UUID uuidOf(String identifier) {
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
