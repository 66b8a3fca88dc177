package nl.perspectief.intake.registration.confirmation;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The confirmations' tracking processor, registered here rather than in application.yml because it must start at
 * the head of the event stream: on its first start, in a database full of registrations from before confirmations
 * existed, it would otherwise mail every one of those people, months or years late.
 */
@Configuration(proxyBeanMethods = false)
class ConfirmationProcessing {

    @Bean
    ConfigurerModule confirmationsFromTheFirstStartOn() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                RegistrationConfirmation.PROCESSING_GROUP,
                configuration -> configuration.eventStore(),
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
