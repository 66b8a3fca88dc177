package nl.perspectief.axon.postgresql;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The event store every service runs: Axon's own, built as its auto-configuration builds it (bean name, qualifier,
 * monitor, spans), but without the shared cache of the newest events ({@link PrivateStreamEventStore}).
 *
 * <p>It comes after Axon's JDBC configuration, which makes no storage engine once an event store exists, and before
 * Axon's own, which then makes no event store of its own.
 */
@AutoConfiguration(after = JdbcAutoConfiguration.class, before = AxonAutoConfiguration.class)
public class PrivateStreamEventStoreAutoConfiguration {

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    PrivateStreamEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration) {
        return new PrivateStreamEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }
}
