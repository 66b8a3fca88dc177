package nl.perspectief.accesslog;

import java.time.Clock;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.DispatcherServlet;

import nl.perspectief.accesslog.web.AccessLogController;
import nl.perspectief.accesslog.web.AccessLogProblems;

/**
 * The access log of a service with a database: the {@link AccessLog}, a start-up check that the
 * service's database user cannot rewrite it, an appends counter where Micrometer is, and the
 * compliance API under {@link AccessLogController#PATH} in a web application. That API needs an
 * {@link AccessLogActor} bean from the service; securing it is the service's job.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(AccessLogProperties.class)
public class AccessLogAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AccessLog accessLog(DataSource dataSource, AccessLogProperties properties, Environment environment,
                        ObjectProvider<AppendListener> listener) {
        String service = properties.service() != null ? properties.service() : environment.getProperty("spring.application.name");
        if (service == null || service.isBlank()) {
            throw new IllegalStateException("The access log needs the service's name: set spring.application.name or perspectief.access-log.service");
        }
        return new JdbcAccessLog(dataSource, service, Clock.systemUTC(), listener.getIfAvailable(() -> AppendListener.NONE));
    }

    @Bean
    AppendOnlyUserCheck accessLogAppendOnlyUserCheck(DataSource dataSource, AccessLogProperties properties) {
        return new AppendOnlyUserCheck(dataSource, properties.requireAppendOnlyUser());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {

        // looked up, not a condition: Boot's registry is configured after this auto-configuration
        @Bean
        AppendListener accessLogAppendCounter(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry available = registry.getIfAvailable();
            return available == null ? AppendListener.NONE : new AppendCounter(available);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(DispatcherServlet.class)
    @Import({AccessLogController.class, AccessLogProblems.class})
    static class Api {
    }
}
