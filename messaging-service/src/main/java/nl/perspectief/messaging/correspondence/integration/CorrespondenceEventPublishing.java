package nl.perspectief.messaging.correspondence.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;

import nl.perspectief.events.Topics;
import nl.perspectief.messaging.config.MessagingProperties;

@Configuration(proxyBeanMethods = false)
class CorrespondenceEventPublishing {

    /** The producer owns its topic. */
    @Bean
    NewTopic correspondenceEventsTopic(MessagingProperties properties) {
        MessagingProperties.CorrespondenceEvents settings = properties.correspondenceEvents();
        return TopicBuilder.name(Topics.MESSAGING_CORRESPONDENCE_EVENTS_V1)
                .partitions(settings.partitions())
                .replicas(settings.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(settings.retention().toMillis()))
                .build();
    }

    /** Spring's logging listener would log a failed record's value; failures are logged by id by the publisher. */
    @Bean
    ProducerListener<Object, Object> producerListenerWithoutValues() {
        return new ProducerListener<>() {
        };
    }
}
