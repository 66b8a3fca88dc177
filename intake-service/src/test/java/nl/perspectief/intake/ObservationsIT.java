package nl.perspectief.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Spring Security's observations (one per filter, on every request) are off, since nothing reads them and they cost
 * CPU on every registration; the requests' own observation, behind {@code http.server.requests}, stays.
 */
class ObservationsIT extends RunningIntakeService {

    @Autowired
    private ObservationRegistry observations;

    @Test
    void observesRequestsButNotEachOfSpringSecuritysFilters() {
        assertThat(Observation.createNotStarted("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("http.server.requests", observations).isNoop()).isFalse();
    }
}
