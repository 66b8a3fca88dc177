package nl.perspectief.training.mail;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mails' tracking processor, registered here rather than in application.yml because it must start at the head of
 * the event stream: on its first start, in a database with sessions from before the mails existed, it would otherwise
 * mail every participant of every earlier session, late. One thread, one segment: a session's mails go in the order of
 * its events (confirmed before a later offer, say).
 */
@Configuration(proxyBeanMethods = false)
class EnrolmentMailProcessing {

    @Bean
    ConfigurerModule enrolmentMailsFromTheFirstStartOn() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                EnrolmentMails.PROCESSING_GROUP,
                configuration -> configuration.eventStore(),
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
