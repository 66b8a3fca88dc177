package nl.perspectief.messaging.config;

import java.time.Clock;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import nl.perspectief.personaldata.PersonalDataConfiguration;

/**
 * Personal data (what a message says, why it was returned) is encrypted by Axon's serializer, wired in
 * axon-postgresql with this personal-data configuration, so events and snapshots never hold it in clear.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersonalDataConfiguration.class)
public class MessagingConfiguration {

    /** The metadata key naming, on every event, the type of the command that caused it (as in case-service). */
    public static final String COMMAND_NAME = "commandName";

    /** Time enters the aggregate through commands; this is where it is read. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Names on every event the command that caused it, for compliance reading the history. */
    @Bean
    CorrelationDataProvider commandNameProvider() {
        return message -> message instanceof CommandMessage<?> command
                ? Map.of(COMMAND_NAME, command.getCommandName())
                : Map.of();
    }
}
