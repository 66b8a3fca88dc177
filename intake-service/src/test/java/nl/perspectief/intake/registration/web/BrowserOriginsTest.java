package nl.perspectief.intake.registration.web;

import static nl.perspectief.intake.registration.RegistrationFixtures.WEBSITE_JSON;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import nl.perspectief.intake.config.IntakeProperties;
import nl.perspectief.intake.config.IntakeSecurity;
import nl.perspectief.publicdefences.PublicDefencesAutoConfiguration;
import nl.perspectief.security.StaffSecurityAutoConfiguration;

/** CORS for the website's pages posting straight from the browser, and the headers every answer carries. */
@WebMvcTest(controllers = RegistrationController.class, properties = {
        "perspectief.intake.allowed-origins=http://localhost:8080",
        "perspectief.intake.rate-limits.per-client.requests=100000",
        "perspectief.intake.rate-limits.per-client.burst=100000"})
@Import({RegistrationDefences.class, RegistrationRequestRules.class, HoneypotAnswers.class, IntakeSecurity.class,
        RegistrationControllerTest.Beans.class})
@ImportAutoConfiguration({StaffSecurityAutoConfiguration.class, PublicDefencesAutoConfiguration.class})
@EnableConfigurationProperties(IntakeProperties.class)
class BrowserOriginsTest {

    private static final String WEBSITE = "http://localhost:8080";
    private static final String ELSEWHERE = "https://evil.example";

    @Autowired
    private MockMvc mvc;

    private static MockHttpServletRequestBuilder preflight(String origin) {
        return MockMvcRequestBuilders.options("/api/registrations")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key");
    }

    @Test
    void answersAPreflightFromTheWebsiteWithWhatItMaySend() throws Exception {
        mvc.perform(preflight(WEBSITE))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", WEBSITE))
                .andExpect(header().string("Access-Control-Allow-Methods", "POST"))
                .andExpect(header().string("Access-Control-Allow-Headers", containsStringIgnoringCase("idempotency-key")))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"));
    }

    @Test
    void refusesAPreflightFromAnotherOriginWithoutAllowingIt() throws Exception {
        mvc.perform(preflight(ELSEWHERE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/origin-not-allowed"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void refusesAPreflightAskingForAnotherMethod() throws Exception {
        mvc.perform(MockMvcRequestBuilders.options("/api/registrations")
                        .header("Origin", WEBSITE).header("Access-Control-Request-Method", "DELETE"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void letsTheWebsiteReadTheAnswerAndItsLocation() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations").header("Origin", WEBSITE)
                        .contentType(MediaType.APPLICATION_JSON).content(WEBSITE_JSON))
                .andExpect(status().isCreated())
                .andExpect(header().string("Access-Control-Allow-Origin", WEBSITE))
                .andExpect(header().string("Access-Control-Expose-Headers", containsString("Location")));
    }

    @Test
    void refusesAPostFromAnotherOriginsPage() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations").header("Origin", ELSEWHERE)
                        .contentType(MediaType.APPLICATION_JSON).content(WEBSITE_JSON))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void takesARegistrationWithoutAnOriginAsFromTheWebsitesServer() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations")
                        .contentType(MediaType.APPLICATION_JSON).content(WEBSITE_JSON))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void keepsTheSecurityHeadersOnEveryAnswer() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations")
                        .contentType(MediaType.APPLICATION_JSON).content(WEBSITE_JSON))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void sendsHstsOnlyOverTls() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations").secure(true)
                        .contentType(MediaType.APPLICATION_JSON).content(WEBSITE_JSON))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
        mvc.perform(MockMvcRequestBuilders.post("/api/registrations")
                        .contentType(MediaType.APPLICATION_JSON).content(WEBSITE_JSON))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
