package nl.perspectief.deadletters;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;
import nl.perspectief.events.Topics;
import nl.perspectief.personaldata.SubjectCipher;

/**
 * What every service's Kafka listeners do with a record they cannot process. Poison ({@link PoisonRecordException}
 * and whatever the service names as never going to succeed, such as a rule of its aggregate) goes to the record's
 * dead-letter topic ({@link Topics#deadLetterTopicOf}) at once; anything else is retried with bounded exponential
 * back-off first, since it may be passing (the database restarting). Every dead letter is sealed
 * ({@link SealingDeadLetterPublishingRecoverer}), counted under {@value #METRIC} by topic, and logged with its
 * coordinates only: the record itself may hold personal data. The dead letter keeps the record's headers, its
 * correlation id ({@link CorrelationId#HEADER}) among them. If parking fails, the record is delivered again: never
 * skipped.
 */
public final class DeadLetters {

    /** The counter of records parked on a dead-letter topic, tagged {@code topic} with the topic they came from. */
    public static final String METRIC = "perspectief.kafka.dead.letters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /**
     * Bounded exponential back-off for passing failures; a record that still fails after {@code maxRetries} is
     * dead-lettered.
     */
    public record Retry(Duration initialInterval, double multiplier, Duration maxInterval, int maxRetries) {
    }

    /** The error handler for a service's listener container factory (Spring Boot picks up a bean of this type). */
    @SafeVarargs
    public static DefaultErrorHandler errorHandler(KafkaOperations<String, byte[]> kafka, SubjectCipher cipher,
                                                   MeterRegistry meters, Retry retry,
                                                   Class<? extends Exception>... poison) {
        DeadLetterPublishingRecoverer deadLetters = new SealingDeadLetterPublishingRecoverer(kafka, cipher,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        // a stack trace is long and says no more than the exception's class and message, which are kept (sealed)
        deadLetters.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);

        ConsumerRecordRecoverer countedDeadLetters = (record, exception) -> {
            deadLetters.accept(record, exception);
            Counter.builder(METRIC)
                    .description("Records parked on a dead-letter topic")
                    .tag("topic", record.topic())
                    .register(meters)
                    .increment();
            logDeadLetter(record, exception);
        };

        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());

        DefaultErrorHandler errorHandler = new DefaultErrorHandler(countedDeadLetters, backOff);
        errorHandler.addNotRetryableExceptions(PoisonRecordException.class);
        for (Class<? extends Exception> type : poison) {
            errorHandler.addNotRetryableExceptions(type);
        }
        return errorHandler;
    }

    private static void logDeadLetter(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = exception instanceof ListenerExecutionFailedException && exception.getCause() != null
                ? exception.getCause()
                : exception;
        // the listener's logging context is gone by now: the record's own header names the request again
        var header = record.headers().lastHeader(CorrelationId.HEADER);
        var id = EnvelopeCorrelation.fromHeader(header == null ? null : header.value());
        id.ifPresent(value -> MDC.put(CorrelationId.MDC_KEY, value));
        try {
            log.warn("Dead-lettered record topic={} partition={} offset={} key={} exception={}",
                    record.topic(), record.partition(), record.offset(), record.key(), cause.getClass().getName());
        } finally {
            id.ifPresent(value -> MDC.remove(CorrelationId.MDC_KEY));
        }
    }
}
