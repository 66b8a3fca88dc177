package nl.perspectief.intake.registration.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;
import nl.perspectief.correlation.axon.CorrelationMetaData;
import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.intake.registration.api.RegistrationSubmittedEvent;

/**
 * Publishes registrations to Kafka from a tracking processor: the event store is the outbox. Every
 * event of the processor's batch is handed to the producer at once, and the batch's unit of work
 * waits for all their acknowledgements before it commits, the token with it; a failure propagates
 * (see {@link RegistrationPublishing}) and rolls the token back, so the token never passes an event
 * Kafka has not acknowledged; an outage delays publication, never loses it. One acknowledgement
 * round trip per batch rather than per event: under load the producer sends the batch's records
 * together. Outside a unit of work the send is waited for at once.
 * Republication after a crash keeps the event id, so consumers deduplicate on it.
 * <p>
 * The HTTP request's correlation id, on the event's metadata ({@link CorrelationMetaData#KEY}), goes on as the
 * envelope's {@code correlationId} and as the record header {@link CorrelationId#HEADER}; an event stored before
 * that id existed keeps Axon's trace id (the first message of its chain) in the envelope, as before, and gets no
 * header. The causation id is Axon's: the id of the message that caused the event (the command).
 */
@Component
@ProcessingGroup(RegistrationPublisher.PROCESSING_GROUP)
class RegistrationPublisher {

    static final String PROCESSING_GROUP = "registration-publisher";
    /** Axon's {@code MessageOriginProvider}: the id of the message that caused this one. */
    private static final String AXON_CAUSE = "correlationId";
    /** Axon's {@code MessageOriginProvider}: the id of the message that started the whole chain. */
    private static final String AXON_ORIGIN = "traceId";
    private static final Logger log = LoggerFactory.getLogger(RegistrationPublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final IntakeProperties.Publisher settings;

    RegistrationPublisher(KafkaTemplate<String, String> kafka, IntakeProperties properties) {
        this.kafka = kafka;
        this.settings = properties.publisher();
    }

    @EventHandler
    void on(RegistrationSubmittedEvent event, @MessageIdentifier String messageId, @Timestamp Instant occurredAt,
            MetaData metaData) {
        String requestId = metaData.get(CorrelationMetaData.KEY) instanceof String id && CorrelationId.isAcceptable(id)
                ? id : null;
        var envelope = RegistrationSubmittedMapper.toEnvelope(event, uuidOf(messageId), occurredAt,
                requestId != null ? EnvelopeCorrelation.asUuid(requestId) : uuidOrNull(metaData.get(AXON_ORIGIN)),
                uuidOrNull(metaData.get(AXON_CAUSE)));
        String key = event.registrationId().toString();
        var record = new ProducerRecord<>(settings.topic(), key, RegistrationSubmittedMapper.toJson(envelope));
        if (requestId != null) {
            record.headers().add(CorrelationId.HEADER, EnvelopeCorrelation.asHeader(requestId));
        }
        CompletableFuture<SendResult<String, String>> sent;
        try {
            sent = kafka.send(record);
        } catch (KafkaException e) {
            // send() itself gives up when it cannot fetch the topic's metadata within max.block.ms
            log.warn("Registration {} not published yet ({}); will retry", key, e.getClass().getSimpleName());
            throw new RegistrationNotPublishedException(event.registrationId(), e);
        }
        if (CurrentUnitOfWork.isStarted()) {
            // the token is stored in the same transaction, which commits only if this does not throw; the lines it
            // logs name the event's request, as the handler's own do
            Runnable acknowledgement = CorrelationId.keptFor(() -> awaitAcknowledgement(sent, event, key));
            CurrentUnitOfWork.get().onPrepareCommit(unitOfWork -> acknowledgement.run());
        } else {
            awaitAcknowledgement(sent, event, key);
        }
    }

    private void awaitAcknowledgement(CompletableFuture<SendResult<String, String>> sent, RegistrationSubmittedEvent event,
                                      String key) {
        try {
            var result = sent.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            log.info("Registration {} published to {}-{}@{}", key, result.getRecordMetadata().topic(),
                    result.getRecordMetadata().partition(), result.getRecordMetadata().offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationNotPublishedException(event.registrationId(), e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Registration {} not published yet ({}); will retry", key, e.getClass().getSimpleName());
            throw new RegistrationNotPublishedException(event.registrationId(), e);
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
