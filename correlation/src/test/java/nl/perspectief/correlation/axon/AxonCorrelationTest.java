package nl.perspectief.correlation.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import nl.perspectief.correlation.CorrelationId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

class AxonCorrelationTest {

    private Configuration axon;

    @AfterEach
    void stop() {
        MDC.clear();
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void aCommandDispatchedDuringARequestCarriesItsId() {
        MDC.put(CorrelationId.MDC_KEY, "request-0001");

        CommandMessage<?> command = new CorrelationIdDispatchInterceptor()
                .handle(GenericCommandMessage.asCommandMessage(new Open("a")));

        assertThat(command.getMetaData()).containsEntry(CorrelationMetaData.KEY, "request-0001");
    }

    @Test
    void aCommandThatCarriesAnIdKeepsIt() {
        MDC.put(CorrelationId.MDC_KEY, "request-0002");

        CommandMessage<?> command = new CorrelationIdDispatchInterceptor().handle(GenericCommandMessage
                .<Open>asCommandMessage(new Open("a")).andMetaData(Map.of(CorrelationMetaData.KEY, "from-kafka-0001")));

        assertThat(command.getMetaData()).containsEntry(CorrelationMetaData.KEY, "from-kafka-0001");
    }

    @Test
    void aCommandOutsideAnyRequestGetsNoId() {
        CommandMessage<?> command = new CorrelationIdDispatchInterceptor()
                .handle(GenericCommandMessage.asCommandMessage(new Open("a")));

        assertThat(command.getMetaData()).doesNotContainKey(CorrelationMetaData.KEY);
    }

    @Test
    void aHandlerSeesTheMessagesIdInTheLoggingContextAndTheContextIsRestoredAfterwards() throws Exception {
        MDC.put(CorrelationId.MDC_KEY, "outer-request-01");
        var event = GenericEventMessage.asEventMessage("x").andMetaData(Map.of(CorrelationMetaData.KEY, "inner-event-01"));
        var interceptor = new CorrelationIdHandlerInterceptor<>();

        Object seen = DefaultUnitOfWork.startAndGet(event)
                .executeWithResult(() -> interceptor.handle(org.axonframework.messaging.unitofwork.CurrentUnitOfWork.get(),
                        () -> MDC.get(CorrelationId.MDC_KEY)))
                .getPayload();

        assertThat(seen).isEqualTo("inner-event-01");
        assertThat(MDC.get(CorrelationId.MDC_KEY)).isEqualTo("outer-request-01");
    }

    @Test
    void anIdThatCouldCarryTextIsNotPutInTheLoggingContext() throws Exception {
        var event = GenericEventMessage.asEventMessage("x").andMetaData(Map.of(CorrelationMetaData.KEY, "Julia de Vries"));

        Object seen = DefaultUnitOfWork.startAndGet(event)
                .executeWithResult(() -> new CorrelationIdHandlerInterceptor<>().handle(
                        org.axonframework.messaging.unitofwork.CurrentUnitOfWork.get(), () -> String.valueOf(MDC.get(CorrelationId.MDC_KEY))))
                .getPayload();

        assertThat(seen).isEqualTo("null");
    }

    /** Through Axon itself: command bus, aggregate, event store and a tracking processor's own thread. */
    @Test
    void theRequestsIdTravelsFromTheCommandToItsEventsAndIntoTheTrackingHandlersLoggingContext() {
        var seen = new Seen();
        axon = start(seen);
        String request = "request-" + UUID.randomUUID();

        MDC.put(CorrelationId.MDC_KEY, request);
        axon.commandGateway().sendAndWait(new Open("first"));
        MDC.remove(CorrelationId.MDC_KEY);
        axon.commandGateway().sendAndWait(new Open("second"));

        await().atMost(Duration.ofSeconds(10)).until(() -> seen.contexts.size() == 2);
        assertThat(seen.contexts).as("the logging context of the handler, per event")
                .containsExactly(request, "none");

        DomainEventMessage<?> opened = axon.eventStore().readEvents("first").next();
        assertThat(opened.getMetaData()).containsEntry(CorrelationMetaData.KEY, request);
        assertThat(opened.getMetaData()).as("Axon's own origin data is kept").containsKeys("correlationId", "traceId");
        assertThat(opened.getMetaData().get("correlationId")).isNotEqualTo(request);
        assertThat(axon.eventStore().readEvents("second").next().getMetaData()).doesNotContainKey(CorrelationMetaData.KEY);
    }

    private static Configuration start(Seen seen) {
        var autoConfiguration = new AxonCorrelationAutoConfiguration();
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(CorrelationMetaData.KEY)))
                .configureAggregate(Thing.class);
        configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor("seen")
                .registerEventHandler(c -> seen));
        autoConfiguration.correlationIdOnEventProcessors().configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();
        AxonCorrelationAutoConfiguration.correlationIdOnCommandBus()
                .postProcessAfterInitialization(configuration.commandBus(), "commandBus");
        configuration.start();
        return configuration;
    }

    record Open(@TargetAggregateIdentifier String id) {
    }

    record Opened(String id) {
    }

    static class Thing {
        @AggregateIdentifier
        private String id;

        Thing() {
        }

        @CommandHandler
        Thing(Open command) {
            apply(new Opened(command.id()));
        }

        @EventSourcingHandler
        void on(Opened event) {
            id = event.id();
        }
    }

    @ProcessingGroup("seen")
    static class Seen {
        final List<String> contexts = Collections.synchronizedList(new ArrayList<>());

        @EventHandler
        void on(Opened event, MetaData metaData) {
            String id = MDC.get(CorrelationId.MDC_KEY);
            contexts.add(id == null ? "none" : id);
        }
    }
}
