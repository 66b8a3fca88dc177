package nl.perspectief.cases.casefile.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.cases.casefile.api.CaseRuleException;
import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.deadletters.DeadLetters;
import nl.perspectief.events.Topics;
import nl.perspectief.personaldata.SubjectCipher;

/**
 * What happens to a record the listeners cannot process: kafka-dead-letters' {@link DeadLetters} (retried, then
 * parked sealed and counted), with a rule of the case refusing it counted as poison: it would refuse it again.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<String, byte[]> kafka, SubjectCipher cipher,
                                          MeterRegistry meters, CaseServiceProperties properties) {
        CaseServiceProperties.Retry retry = properties.registrations().retry();
        return DeadLetters.errorHandler(kafka, cipher, meters, new DeadLetters.Retry(retry.initialInterval(),
                retry.multiplier(), retry.maxInterval(), retry.maxRetries()), CaseRuleException.class);
    }

    /** The consumer owns its dead-letter topic; the topic it reads belongs to the producer. */
    @Bean
    NewTopic registrationsDeadLetterTopic() {
        return TopicBuilder.name(Topics.deadLetterTopicOf(Topics.INTAKE_REGISTRATIONS_V1)).build();
    }

    @Bean
    NewTopic correspondenceDeadLetterTopic() {
        return TopicBuilder.name(Topics.deadLetterTopicOf(Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1)).build();
    }
}
