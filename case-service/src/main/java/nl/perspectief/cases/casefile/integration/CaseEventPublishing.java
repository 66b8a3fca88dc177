package nl.perspectief.cases.casefile.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;

import nl.perspectief.cases.config.CaseServiceProperties;
import nl.perspectief.events.Topics;

@Configuration(proxyBeanMethods = false)
class CaseEventPublishing {

    /** The producer owns its topic. */
    @Bean
    NewTopic caseEventsTopic(CaseServiceProperties properties) {
        CaseServiceProperties.CaseEvents caseEvents = properties.caseEvents();
        return TopicBuilder.name(Topics.CASES_CASE_EVENTS_V1)
                .partitions(caseEvents.partitions())
                .replicas(caseEvents.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(caseEvents.retention().toMillis()))
                .build();
    }

    /**
     * Replaces Spring's {@code LoggingProducerListener}, which logs a failed record's value: today's
     * values are bytes, which it only measures, but a String value (another serializer, another
     * template) would be printed, and a dead letter may hold a registration. {@link CaseEventPublisher}
     * and the dead-letter configuration log failures by id.
     */
    @Bean
    ProducerListener<Object, Object> producerListenerWithoutValues() {
        return new ProducerListener<>() {
        };
    }
}
