package nl.perspectief.cases.config;

import java.time.Clock;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import nl.perspectief.personaldata.PersonalDataConfiguration;

/**
 * Personal data is encrypted by Axon's serializer (wired in axon-postgresql with this personal-data
 * configuration), so events, snapshots and dead letters never hold it in clear, and no domain class
 * knows about keys.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersonalDataConfiguration.class)
public class AxonConfiguration {

    /** The metadata key naming, on every event, the type of the command that caused it. */
    public static final String COMMAND_NAME = "commandName";

    /** Time enters the aggregates through commands; this is where it is read. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Names on every event the command that caused it, so a compliance officer reads in a case's history which step
     * was asked for, not only what happened (Axon keeps the command's id as the event's {@code correlationId}).
     */
    @Bean
    CorrelationDataProvider commandNameProvider() {
        return message -> message instanceof CommandMessage<?> command
                ? Map.of(COMMAND_NAME, command.getCommandName())
                : Map.of();
    }
}
