package nl.perspectief.intake.registration.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;

import nl.perspectief.intake.config.IntakeProperties;

@Configuration(proxyBeanMethods = false)
class RegistrationPublishing {

    @Bean
    NewTopic registrationsTopic(IntakeProperties properties) {
        var publisher = properties.publisher();
        return TopicBuilder.name(publisher.topic())
                .partitions(publisher.partitions())
                .replicas(publisher.replicas())
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(publisher.retention().toMillis()))
                .build();
    }

    /**
     * Replaces Spring's {@code LoggingProducerListener}, which logs the start of a record's value when
     * a send fails: that value holds personal data. {@link RegistrationPublisher} logs the failure by id.
     */
    @Bean
    ProducerListener<Object, Object> producerListenerWithoutValues() {
        return new ProducerListener<>() {
        };
    }
}
