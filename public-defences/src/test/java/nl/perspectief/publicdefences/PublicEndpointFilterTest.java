package nl.perspectief.publicdefences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The filter in a running application (MockMvc), ported from intake-service's RegistrationRateLimitTest: 429 with
 * Retry-After before the body is read, per address and overall, counted by endpoint and scope; 413 by length; a
 * browser's refusal as a page. Each test posts from addresses of its own, so that the tests share no client's bucket.
 */
@SpringBootTest(classes = DefendedThings.class, properties = {"test.per-client=2", "test.overall=1000"})
@AutoConfigureMockMvc
class PublicEndpointFilterTest {

    private static final String THING = "{\"name\": \"a thing\"}";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MeterRegistry meters;

    private ResultActions postFrom(String address, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(DefendedThings.THINGS)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private double refused(String endpoint, String scope) {
        return meters.counter(PublicEndpointFilter.RATE_LIMITED, "endpoint", endpoint, "scope", scope).count();
    }

    @Test
    void refusesAClientBeyondItsBurstWith429AndWhenToRetry() throws Exception {
        double before = refused("thing", "client");
        postFrom("203.0.113.10", THING).andExpect(status().isCreated());
        postFrom("203.0.113.10", THING).andExpect(status().isCreated());
        int accepted = DefendedThings.Things.ACCEPTED.get();

        postFrom("203.0.113.10", THING)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/rate-limited"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(startsWith("too many things from your address")))
                // one token every 30 s: the next one is due in at most 30 s
                .andExpect(header().string("Retry-After", matchesPattern("([1-9]|[12][0-9]|30)")))
                .andExpect(content().string(not(containsString("203.0.113.10"))));

        assertThat(DefendedThings.Things.ACCEPTED.get()).as("nothing accepted").isEqualTo(accepted);
        assertThat(refused("thing", "client")).isEqualTo(before + 1);
    }

    @Test
    void refusesBeforeReadingTheBody() throws Exception {
        postFrom("203.0.113.20", "{").andExpect(status().isBadRequest());
        postFrom("203.0.113.20", "{").andExpect(status().isBadRequest());

        postFrom("203.0.113.20", "{").andExpect(status().isTooManyRequests());
    }

    @Test
    void givesEveryClientAddressABucketOfItsOwn() throws Exception {
        postFrom("203.0.113.30", THING).andExpect(status().isCreated());
        postFrom("203.0.113.30", THING).andExpect(status().isCreated());
        postFrom("203.0.113.30", THING).andExpect(status().isTooManyRequests());

        postFrom("203.0.113.31", THING).andExpect(status().isCreated());
        postFrom("2001:db8::31", THING).andExpect(status().isCreated());
    }

    @Test
    void sharesOneBudgetBetweenThePathsOfOneEndpoint() throws Exception {
        postFrom("203.0.113.35", THING).andExpect(status().isCreated());
        postFrom("203.0.113.35", THING).andExpect(status().isCreated());

        mvc.perform(MockMvcRequestBuilders.post(DefendedThings.FORM)
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.35");
                            return request;
                        })
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=x"))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void limitsOnlyTheGuardedRequests() throws Exception {
        for (int i = 0; i < 3; i++) {
            postFrom("203.0.113.40", "{");
        }

        mvc.perform(MockMvcRequestBuilders.options(DefendedThings.THINGS).with(request -> {
                    request.setRemoteAddr("203.0.113.40");
                    return request;
                }))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
        mvc.perform(MockMvcRequestBuilders.get(DefendedThings.CHECK).with(request -> {
                    request.setRemoteAddr("203.0.113.40");
                    return request;
                }))
                .andExpect(status().isOk());
    }

    @Test
    void showsABrowserThatPostedAFormTheServicesPageSayingWhenToRetry() throws Exception {
        for (int i = 0; i < 2; i++) {
            postFrom("203.0.113.50", THING);
        }

        mvc.perform(MockMvcRequestBuilders.post(DefendedThings.FORM)
                        .with(request -> {
                            request.setRemoteAddr("203.0.113.50");
                            return request;
                        })
                        .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=x"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(forwardedUrl(DefendedThings.TOO_MANY));
    }

    @Test
    void limitsALookUpOnlyWhenItNamesWhatItLooksUp() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(MockMvcRequestBuilders.get(DefendedThings.CHECK).with(request -> {
                request.setRemoteAddr("203.0.113.60");
                return request;
            })).andExpect(status().isOk());
        }
        mvc.perform(MockMvcRequestBuilders.get(DefendedThings.CHECK).queryParam("code", "ABC").with(request -> {
            request.setRemoteAddr("203.0.113.60");
            return request;
        })).andExpect(status().isOk());

        mvc.perform(MockMvcRequestBuilders.get(DefendedThings.CHECK).queryParam("code", "DEF").with(request -> {
                    request.setRemoteAddr("203.0.113.60");
                    return request;
                }))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(startsWith("too many checks from your address")));
    }

    @Test
    void countsALookUpByTheApiAndByThePageInOneBudget() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(DefendedThings.CHECK_API + "/ABC").with(request -> {
            request.setRemoteAddr("203.0.113.65");
            return request;
        })).andExpect(status().isOk());

        mvc.perform(MockMvcRequestBuilders.get(DefendedThings.CHECK).queryParam("code", "DEF").with(request -> {
            request.setRemoteAddr("203.0.113.65");
            return request;
        })).andExpect(status().isTooManyRequests());
    }

    @Test
    void refusesABodyOverTheLimitByItsLengthWith413() throws Exception {
        int accepted = DefendedThings.Things.ACCEPTED.get();

        postFrom("203.0.113.70", "{\"name\": \"" + "x".repeat(300) + "\"}")
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/request-too-large"));

        assertThat(DefendedThings.Things.ACCEPTED.get()).isEqualTo(accepted);
    }

    @Nested
    @TestPropertySource(properties = {"test.per-client=100", "test.overall=3"})
    class Overall {

        @Autowired
        private MockMvc mvc;
        @Autowired
        private MeterRegistry meters;

        @Test
        void refusesEveryoneOnceAllClientsTogetherReachTheOverallLimitAndCountsIt() throws Exception {
            double before = refusedOverall();
            post("198.51.100.1").andExpect(status().isCreated());
            post("198.51.100.2").andExpect(status().isCreated());
            post("198.51.100.3").andExpect(status().isCreated());

            post("198.51.100.4")
                    .andExpect(status().isTooManyRequests())
                    .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/rate-limited"))
                    .andExpect(jsonPath("$.detail").value(startsWith("the service takes too many things")))
                    .andExpect(header().exists("Retry-After"));

            assertThat(refusedOverall()).isEqualTo(before + 1);
        }

        private double refusedOverall() {
            return meters.counter(PublicEndpointFilter.RATE_LIMITED, "endpoint", "thing", "scope", "overall").count();
        }

        private ResultActions post(String address) throws Exception {
            return mvc.perform(MockMvcRequestBuilders.post(DefendedThings.THINGS)
                    .with(request -> {
                        request.setRemoteAddr(address);
                        return request;
                    })
                    .contentType(MediaType.APPLICATION_JSON).content(THING));
        }
    }
}
