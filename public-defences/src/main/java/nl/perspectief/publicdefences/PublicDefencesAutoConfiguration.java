package nl.perspectief.publicdefences;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.context.annotation.Bean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The defences of a servlet service's public endpoints: the {@link PublicEndpointFilter} over every
 * {@link GuardedEndpoint} bean the service declares (none: it does nothing), and the {@link Honeypot}. The
 * {@link TrustedProxies} are the service's to declare, from its own setting.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PublicDefencesAutoConfiguration {

    /** Right after Spring Security's filter chain, whose default order is {@code REQUEST_WRAPPER_FILTER_MAX_ORDER - 100}. */
    static final int ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 100 + 1;

    @Bean
    FilterRegistrationBean<PublicEndpointFilter> publicEndpointFilter(ObjectProvider<GuardedEndpoint> endpoints,
                                                                      ObjectProvider<MeterRegistry> meters) {
        FilterRegistrationBean<PublicEndpointFilter> registration = new FilterRegistrationBean<>(new PublicEndpointFilter(
                endpoints.orderedStream().toList(), meters.getIfAvailable(SimpleMeterRegistry::new)));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean
    Honeypot honeypot(ObjectProvider<MeterRegistry> meters) {
        return new Honeypot(meters.getIfAvailable(SimpleMeterRegistry::new));
    }
}
