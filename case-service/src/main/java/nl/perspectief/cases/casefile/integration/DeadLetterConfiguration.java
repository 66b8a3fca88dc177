package nl.perspectief.cases.casefile.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.cases.casefile.api.CaseRuleException;
import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.correlation.CorrelationId;
import nl.perspectief.correlation.EnvelopeCorrelation;
import nl.perspectief.events.Topics;
import nl.perspectief.personaldata.SubjectCipher;

/**
 * What happens to a record the listener cannot process. Poison (unreadable, unknown, refused by a
 * rule of the case) goes to the dead-letter topic at once; anything else is retried with bounded
 * exponential back-off first, since it may be passing (the database restarting). Every dead letter
 * is sealed (see {@link SealingDeadLetterPublishingRecoverer}), counted, and logged with its
 * coordinates only: the record itself may hold personal data. The dead letter keeps the record's headers,
 * its correlation id ({@link CorrelationId#HEADER}) among them.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String DEAD_LETTERS_METRIC = "perspectief.kafka.dead.letters";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<String, byte[]> kafka, SubjectCipher cipher,
                                          MeterRegistry meters, CaseServiceProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new SealingDeadLetterPublishingRecoverer(kafka, cipher,
                (record, exception) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        // a stack trace is long and says no more than the exception's class and message, which are kept (sealed)
        deadLetters.excludeHeader(DeadLetterPublishingRecoverer.HeaderNames.HeadersToAdd.EX_STACKTRACE);

        ConsumerRecordRecoverer countedDeadLetters = (record, exception) -> {
            deadLetters.accept(record, exception);
            Counter.builder(DEAD_LETTERS_METRIC)
                    .description("Records parked on a dead-letter topic")
                    .tag("topic", record.topic())
                    .register(meters)
                    .increment();
            logDeadLetter(record, exception);
        };

        CaseServiceProperties.Retry retry = properties.registrations().retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());

        DefaultErrorHandler errorHandler = new DefaultErrorHandler(countedDeadLetters, backOff);
        errorHandler.addNotRetryableExceptions(PoisonRecordException.class, CaseRuleException.class);
        return errorHandler;
    }

    /** The consumer owns its dead-letter topic; the topic it reads belongs to the producer. */
    @Bean
    NewTopic registrationsDeadLetterTopic() {
        return TopicBuilder.name(Topics.deadLetterTopicOf(Topics.INTAKE_REGISTRATIONS_V1)).build();
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
