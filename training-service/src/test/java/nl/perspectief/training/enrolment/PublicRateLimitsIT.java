package nl.perspectief.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.publicdefences.PublicEndpointFilter;
import nl.perspectief.training.RunningTrainingService;
import nl.perspectief.training.enrolment.Browser.Page;

/**
 * The public door's rate limits on a service of its own with low limits (the shared one lifts them): enrolling through
 * the API and the page's form is one budget, refused with 429 problem+json and Retry-After before the body is read,
 * a browser shown a page; checking certificate codes likewise, the form without a code not counted. All from
 * 127.0.0.1, with no trusted proxy: a forged X-Forwarded-For changes nothing. Closed afterwards, so its event
 * processors let go of the shared database's tokens.
 */
@TestPropertySource(properties = {
        "perspectief.training.enrolment.rate-limit.per-client.requests=3",
        "perspectief.training.enrolment.rate-limit.per-client.period=1h",
        "perspectief.training.enrolment.rate-limit.per-client.burst=3",
        "perspectief.training.certificate-check.rate-limit.per-client.requests=2",
        "perspectief.training.certificate-check.rate-limit.per-client.period=1h",
        "perspectief.training.certificate-check.rate-limit.per-client.burst=2"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PublicRateLimitsIT extends RunningTrainingService {

    @Autowired
    private CommandGateway commands;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MeterRegistry meters;

    @Test
    void refusesTheEnrolmentsOfOneClientBeyondItsLimitBeforeReadingThemThroughTheApiAndThePage() {
        UUID sessionId = new PublicCourses(commands).professionalsSession(10);
        Browser browser = new Browser(port, "nl");
        Page form = browser.get("/courses/sessions/" + sessionId);
        double refused = meters.counter(PublicEndpointFilter.RATE_LIMITED, "endpoint", "enrolment", "scope", "client").count();
        post("/api/public/sessions/" + sessionId + "/enrolments", null, PublicCourses.enrolment("Aad Vis"));
        post("/api/public/sessions/" + sessionId + "/enrolments", null, "{not even JSON");
        browser.submit(form, "form.enrol", Map.of("name", "Bea Vis", "email", "bea@example.org",
                "organisation", "GGZ", "privacyStatementAccepted", "true"));
        long events = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();

        ResponseEntity<String> api = api().post().uri("/api/public/sessions/" + sessionId + "/enrolments")
                .header("X-Forwarded-For", "198.51.100.7")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(PublicCourses.enrolment("Cor Vis")))
                .retrieve().toEntity(String.class);
        Page page = browser.submit(form, "form.enrol", Map.of("name", "Dik Vis", "email", "dik@example.org",
                "organisation", "GGZ", "privacyStatementAccepted", "true"));

        assertThat(api.getStatusCode().value()).isEqualTo(429);
        assertThat(api.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(json(api).get("type").asString()).isEqualTo("https://perspectief.nl/problems/rate-limited");
        assertThat(json(api).get("detail").asString()).startsWith("too many enrolments from your address");
        assertThat(Long.parseLong(api.getHeaders().getFirst("Retry-After"))).isBetween(1L, 1200L);
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Retry-After")).isNotNull();
        assertThat(page.text()).contains("Even wachten", "seconden opnieuw");
        assertThat(jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single()).isEqualTo(events);
        assertThat(meters.counter(PublicEndpointFilter.RATE_LIMITED, "endpoint", "enrolment", "scope", "client").count())
                .isEqualTo(refused + 2);
    }

    @Test
    void refusesTheCertificateChecksOfOneClientBeyondItsLimitButNotTheEmptyForm() {
        Browser browser = new Browser(port, "en");
        for (int i = 0; i < 3; i++) {
            assertThat(browser.get("/certificates/check").status()).isEqualTo(200);
        }
        assertThat(get("/api/public/certificates/ABCDEFGHJKLM", null).getStatusCode().value()).isEqualTo(200);
        assertThat(browser.get("/certificates/check?code=ABCDEFGHJKLN").status()).isEqualTo(200);

        ResponseEntity<String> api = get("/api/public/certificates/ABCDEFGHJKLP", null);
        Page page = browser.get("/certificates/check?code=ABCDEFGHJKLQ");

        assertThat(api.getStatusCode().value()).isEqualTo(429);
        assertThat(json(api).get("detail").asString()).startsWith("too many certificate checks from your address");
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.text()).contains("Please wait");
    }
}
