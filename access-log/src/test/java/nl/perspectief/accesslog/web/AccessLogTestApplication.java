package nl.perspectief.accesslog.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.perspectief.accesslog.AccessLogActor;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A service as small as can be, wired as the README tells services to: Spring Boot's own data source
 * and Flyway, the access log auto-configured. No component scan, so the API is registered only by
 * the auto-configuration, as in a service.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class AccessLogTestApplication {

    @Bean
    TestActor accessLogActor() {
        return new TestActor();
    }

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    /** Who asks, as a service's security would say; tests set it per request. */
    static final class TestActor implements AccessLogActor {

        private volatile String subject = "compliance-officer-1";

        void actAs(String subject) {
            this.subject = subject;
        }

        @Override
        public String subject() {
            return subject;
        }

        @Override
        public String role() {
            return "COMPLIANCE";
        }

        @Override
        public String requestId() {
            return "request-of-" + subject;
        }
    }
}
