package nl.perspectief.intake.registration.confirmation;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The confirmations' tracking processor, registered here rather than in application.yml because it must start at
 * the head of the event stream: on its first start, in a database full of registrations from before confirmations
 * existed, it would otherwise mail every one of those people, months or years late. It queues up to
 * {@value #BATCH_SIZE} confirmations in one transaction with one token update, when that many are waiting.
 */
@Configuration(proxyBeanMethods = false)
class ConfirmationProcessing {

    static final int BATCH_SIZE = 100;

    @Bean
    ConfigurerModule confirmationsFromTheFirstStartOn() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                RegistrationConfirmation.PROCESSING_GROUP,
                configuration -> configuration.eventStore(),
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH_SIZE)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
