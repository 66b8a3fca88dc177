package nl.perspectief.correlation.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The request's correlation id on Axon's messages, in every service that has this module and Axon:
 * <ul>
 * <li>commands get it from the logging context when dispatched ({@link CorrelationIdDispatchInterceptor});</li>
 * <li>events applied while a command is handled get it from the command, as correlation data under
 * {@link CorrelationMetaData#KEY};</li>
 * <li>command handlers and every event processor have it in the logging context while they handle a message
 * ({@link CorrelationIdHandlerInterceptor}).</li>
 * </ul>
 * Axon's Spring Boot configuration collects every {@link CorrelationDataProvider} bean, but declares its own
 * {@link MessageOriginProvider} only when there is no such bean at all: this configuration runs before it and
 * declares the origin provider too, so Axon's {@code correlationId} (the cause's message id) and {@code traceId}
 * (the first message's id) stay on every message beside the request's id.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnClass({CommandBus.class, AxonAutoConfiguration.class})
public class AxonCorrelationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(MessageOriginProvider.class)
    MessageOriginProvider axonMessageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider requestCorrelationIdProvider() {
        return new SimpleCorrelationDataProvider(CorrelationMetaData.KEY);
    }

    @Bean
    ConfigurerModule correlationIdOnEventProcessors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultHandlerInterceptor((configuration, processor) -> new CorrelationIdHandlerInterceptor<>());
    }

    @Bean
    static BeanPostProcessor correlationIdOnCommandBus() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CommandBus commandBus) {
                    commandBus.registerDispatchInterceptor(new CorrelationIdDispatchInterceptor());
                    commandBus.registerHandlerInterceptor(new CorrelationIdHandlerInterceptor<>());
                }
                return bean;
            }
        };
    }
}
