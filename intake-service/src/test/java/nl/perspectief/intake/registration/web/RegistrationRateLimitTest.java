package nl.perspectief.intake.registration.web;

import static nl.perspectief.intake.registration.RegistrationFixtures.WEBSITE_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.intake.config.IntakeSecurity;
import nl.perspectief.publicdefences.PublicDefencesAutoConfiguration;
import nl.perspectief.publicdefences.PublicEndpointFilter;
import nl.perspectief.security.StaffSecurityAutoConfiguration;

/** Each test posts from addresses of its own, so that the tests do not share a client's bucket. */
@WebMvcTest(controllers = RegistrationController.class, properties = {
        "perspectief.intake.rate-limits.per-client.requests=2",
        "perspectief.intake.rate-limits.per-client.period=1m",
        "perspectief.intake.rate-limits.per-client.burst=2"})
@Import({RegistrationDefences.class, RegistrationRequestRules.class, HoneypotAnswers.class, IntakeSecurity.class,
        RegistrationControllerTest.Beans.class})
@ImportAutoConfiguration({StaffSecurityAutoConfiguration.class, PublicDefencesAutoConfiguration.class})
@EnableConfigurationProperties(IntakeProperties.class)
class RegistrationRateLimitTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private RegistrationControllerTest.SentCommands sent;

    private ResultActions postFrom(String address, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/registrations")
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private double refused(String scope) {
        return meters.counter(PublicEndpointFilter.RATE_LIMITED, "endpoint", "registration", "scope", scope).count();
    }

    @Test
    void refusesAClientBeyondItsBurstWith429AndWhenToRetry() throws Exception {
        double before = refused("client");
        postFrom("203.0.113.10", WEBSITE_JSON).andExpect(status().isCreated());
        postFrom("203.0.113.10", WEBSITE_JSON).andExpect(status().isCreated());
        sent.clear();

        postFrom("203.0.113.10", WEBSITE_JSON)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/rate-limited"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("too many registrations from your address")))
                // one token every 30 s: the next one is due in at most 30 s
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("([1-9]|[12][0-9]|30)")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("203.0.113.10"))));

        assertThat(sent).as("nothing submitted").isEmpty();
        assertThat(refused("client")).isEqualTo(before + 1);
    }

    @Test
    void refusesBeforeReadingTheBody() throws Exception {
        postFrom("203.0.113.20", "{").andExpect(status().isBadRequest());
        postFrom("203.0.113.20", "{").andExpect(status().isBadRequest());

        postFrom("203.0.113.20", "{").andExpect(status().isTooManyRequests());
    }

    @Test
    void givesEveryClientAddressABucketOfItsOwn() throws Exception {
        postFrom("203.0.113.30", WEBSITE_JSON).andExpect(status().isCreated());
        postFrom("203.0.113.30", WEBSITE_JSON).andExpect(status().isCreated());
        postFrom("203.0.113.30", WEBSITE_JSON).andExpect(status().isTooManyRequests());

        postFrom("203.0.113.31", WEBSITE_JSON).andExpect(status().isCreated());
        postFrom("2001:db8::31", WEBSITE_JSON).andExpect(status().isCreated());
    }

    @Test
    void limitsOnlyThePostOfARegistration() throws Exception {
        for (int i = 0; i < 3; i++) {
            postFrom("203.0.113.40", "{");
        }

        mvc.perform(MockMvcRequestBuilders.options("/api/registrations").with(request -> {
                    request.setRemoteAddr("203.0.113.40");
                    return request;
                }))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
    }

    @Nested
    @TestPropertySource(properties = {
            "perspectief.intake.rate-limits.per-client.requests=100",
            "perspectief.intake.rate-limits.per-client.burst=100",
            "perspectief.intake.rate-limits.overall.requests=3",
            "perspectief.intake.rate-limits.overall.period=1m",
            "perspectief.intake.rate-limits.overall.burst=3"})
    class Overall {

        @Test
        void refusesEveryoneOnceAllClientsTogetherReachTheOverallLimitAndCountsIt() throws Exception {
            double before = refused("overall");
            postFrom("198.51.100.1", WEBSITE_JSON).andExpect(status().isCreated());
            postFrom("198.51.100.2", WEBSITE_JSON).andExpect(status().isCreated());
            postFrom("198.51.100.3", WEBSITE_JSON).andExpect(status().isCreated());

            postFrom("198.51.100.4", WEBSITE_JSON)
                    .andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/rate-limited"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("the service takes too many registrations")))
                    .andExpect(header().exists("Retry-After"));

            assertThat(refused("overall")).isEqualTo(before + 1);
        }
    }
}
