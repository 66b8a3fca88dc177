package nl.perspectief.messaging.correspondence.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.deadletters.DeadLetters;
import nl.perspectief.events.Topics;
import nl.perspectief.messaging.config.MessagingProperties;
import nl.perspectief.messaging.correspondence.api.CorrespondenceRuleException;
import nl.perspectief.personaldata.SubjectCipher;

/**
 * What happens to a record of case-service's the listener cannot process: kafka-dead-letters' {@link DeadLetters}
 * (retried, then parked sealed and counted on {@code cases.case-events.v1.dlt}); a rule of the correspondence refusing
 * it is poison, since it would refuse it again.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<String, byte[]> kafka, SubjectCipher cipher,
                                          MeterRegistry meters, MessagingProperties properties) {
        MessagingProperties.Retry retry = properties.caseEvents().retry();
        return DeadLetters.errorHandler(kafka, cipher, meters, new DeadLetters.Retry(retry.initialInterval(),
                retry.multiplier(), retry.maxInterval(), retry.maxRetries()), CorrespondenceRuleException.class);
    }

    /** The consumer owns its dead-letter topic; the topic it reads belongs to case-service. */
    @Bean
    NewTopic caseEventsDeadLetterTopic() {
        return TopicBuilder.name(Topics.deadLetterTopicOf(Topics.CASES_CASE_EVENTS_V1)).build();
    }
}
