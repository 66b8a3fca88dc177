package nl.perspectief.correlation.axon;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import nl.perspectief.correlation.CorrelationId;

/**
 * Gives a command dispatched while a request (or a Kafka record) is handled the id in the logging context, under
 * {@link CorrelationMetaData#KEY}. A command that carries an id already keeps it: one dispatched while another
 * message is handled has it from that message's correlation data.
 */
public final class CorrelationIdDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(CorrelationMetaData.KEY)) {
                return command;
            }
            return CorrelationId.current()
                    .<CommandMessage<?>>map(id -> command.andMetaData(Map.of(CorrelationMetaData.KEY, id)))
                    .orElse(command);
        };
    }
}
