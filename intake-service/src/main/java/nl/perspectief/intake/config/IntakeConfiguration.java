package nl.perspectief.intake.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import nl.perspectief.personaldata.PersonalDataConfiguration;

/**
 * Personal data is encrypted by Axon's serializer (wired in axon-postgresql with this personal-data
 * configuration), so events, snapshots and dead letters never hold it in clear.
 */
@Configuration(proxyBeanMethods = false)
@Import(PersonalDataConfiguration.class)
class IntakeConfiguration {

    @Bean
    Clock clock(IntakeProperties properties) {
        return Clock.system(properties.zone());
    }
}
