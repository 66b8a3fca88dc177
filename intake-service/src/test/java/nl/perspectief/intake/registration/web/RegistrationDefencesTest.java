package nl.perspectief.intake.registration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.publicdefences.GuardedEndpoint;
import nl.perspectief.publicdefences.Limit;
import nl.perspectief.publicdefences.RateLimit;

/**
 * The registration's defences from the service's own application.yml: the defaults its README documents, and the
 * environment variables that deployments and local-stack set.
 */
class RegistrationDefencesTest {

    @EnableConfigurationProperties(IntakeProperties.class)
    static class Settings {
    }

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withUserConfiguration(Settings.class, RegistrationDefences.class);

    @Test
    void takesTenAMinutePerClientAndThreeHundredOverallAndBodiesUpTo64KibWhenNothingIsSet() {
        service.run(context -> {
            GuardedEndpoint registrations = context.getBean(GuardedEndpoint.class);

            assertThat(registrations.name()).isEqualTo("registration");
            assertThat(registrations.rateLimit()).isEqualTo(new RateLimit(new Limit(10, Duration.ofMinutes(1), 10),
                    new Limit(300, Duration.ofMinutes(1), 300), 100_000));
            assertThat(registrations.maxBody()).isEqualTo(DataSize.ofKilobytes(64));
            assertThat(context.getBean(IntakeProperties.class).trustedProxies()).isEmpty();
        });
    }

    @Test
    void takesTheLimitsAndTheTrustedProxiesFromTheEnvironmentVariablesDeploymentsSet() {
        service.withPropertyValues("INTAKE_RATE_LIMIT_PER_CLIENT=20", "INTAKE_RATE_LIMIT_PER_CLIENT_BURST=5",
                        "INTAKE_RATE_LIMIT_OVERALL=1000", "INTAKE_RATE_LIMIT_OVERALL_BURST=50",
                        "INTAKE_TRUSTED_PROXIES=10.0.0.1,10.1.0.0/16")
                .run(context -> {
                    assertThat(context.getBean(GuardedEndpoint.class).rateLimit()).isEqualTo(new RateLimit(
                            new Limit(20, Duration.ofMinutes(1), 5), new Limit(1000, Duration.ofMinutes(1), 50), 100_000));
                    assertThat(context.getBean(IntakeProperties.class).trustedProxies())
                            .containsExactly("10.0.0.1", "10.1.0.0/16");
                });
    }
}
