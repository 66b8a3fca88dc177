package nl.perspectief.axon.postgresql;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;

import nl.perspectief.personaldata.PersonalDataModule;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon as every service of the platform runs it:
 * <ul>
 * <li>its JDBC event store, token store and dead-letter queue on the service's PostgreSQL database,
 * tables and columns in snake_case (the Flyway script {@code db/axon} creates them with {@code bytea}
 * payloads);</li>
 * <li>commands in Spring's database transaction, so an event and the rows written beside it commit
 * together or not at all;</li>
 * <li>personal data encrypted by the serializer, so events, snapshots and dead letters never hold it in clear;</li>
 * <li>event handlers that fail are retried, never skipped;</li>
 * <li>each tracking processor on its own stream from the database, woken by the service's own appends, instead of
 * Axon's shared cache of the newest events, which can hold the whole backlog of a long catch-up in memory
 * ({@link PrivateStreamEventStore}, set up by {@link PrivateStreamEventStoreAutoConfiguration}).</li>
 * </ul>
 * It refuses to start when any of that does not hold: a silent fallback to an in-memory token store
 * would replay or duplicate every event on restart, a missing transaction manager would commit half
 * a command.
 *
 * <p>Axon 4.13 orders its own auto-configurations after Spring Boot 3's class names of the data
 * source and its transaction manager; on Boot 4 those moved, so Axon's {@code @ConditionalOnBean}
 * checks ran first, found nothing, and left the service without an event store and, silently,
 * without transactions. Being after Boot's and before Axon's puts them in order.
 */
@AutoConfiguration(
        after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        before = {JdbcAutoConfiguration.class, TransactionAutoConfiguration.class})
public class AxonPostgresqlAutoConfiguration {

    /*
     * Axon takes a single customizer, so both needs are met here:
     * - the personal-data module encrypts @PersonalData components of events, snapshots and dead letters;
     * - Axon's ReplayToken types its context as Object with @JsonTypeInfo(CLASS), which Jackson 3's
     *   default validator refuses, so a reset processor could not read its own token back and stopped.
     *   Polymorphic types are allowed only within Axon's own classes.
     */
    @Bean
    Jackson3SerializerCustomizer axonJsonMapper(PersonalDataModule personalDataModule) {
        return builder -> builder
                .addModule(personalDataModule)
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .build());
    }

    /**
     * Axon's default logs a failing event handler and carries on, which would silently leave a read
     * model or a publication behind. Handlers propagate instead: a subscribing handler rolls back the
     * command with it, a tracking processor retries with back-off.
     */
    @Bean
    ConfigurerModule eventHandlersPropagateFailures() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    SmartInitializingSingleton persistentAxonStoresCheck(ObjectProvider<EventStorageEngine> storageEngine,
                                                         ObjectProvider<EventStore> eventStore,
                                                         ObjectProvider<TokenStore> tokenStore,
                                                         ObjectProvider<TransactionManager> transactionManager) {
        return () -> {
            String losesEvents = "a store that loses or replays events or commits half a command";
            requireType("event storage engine", storageEngine.getIfAvailable(), JdbcEventStorageEngine.class,
                    losesEvents);
            requireType("event store", eventStore.getIfAvailable(), PrivateStreamEventStore.class,
                    "a shared cache of events that a long catch-up can fill the heap with");
            requireType("token store", tokenStore.getIfAvailable(), JdbcTokenStore.class, losesEvents);
            requireType("transaction manager", transactionManager.getIfAvailable(), SpringTransactionManager.class,
                    losesEvents);
        };
    }

    private static void requireType(String what, Object actual, Class<?> expected, String refused) {
        if (!expected.isInstance(actual)) {
            throw new IllegalStateException("Axon " + what + " must be " + expected.getSimpleName()
                    + " on PostgreSQL, but is " + (actual == null ? "missing" : actual.getClass().getName())
                    + "; refusing to start with " + refused);
        }
    }
}
