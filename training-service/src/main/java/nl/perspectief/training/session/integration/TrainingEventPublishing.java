package nl.perspectief.training.session.integration;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.ProducerListener;

import nl.perspectief.events.Topics;
import nl.perspectief.training.config.TrainingProperties;

@Configuration(proxyBeanMethods = false)
class TrainingEventPublishing {

    /** The producer owns its topic. */
    @Bean
    NewTopic courseEventsTopic(TrainingProperties properties) {
        TrainingProperties.CourseEvents settings = properties.courseEvents();
        return TopicBuilder.name(Topics.TRAINING_COURSE_EVENTS_V1)
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
