package nl.perspectief.cases.config;

import java.time.Clock;

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
class AxonConfiguration {

    /** Time enters the aggregates through commands; this is where it is read. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
