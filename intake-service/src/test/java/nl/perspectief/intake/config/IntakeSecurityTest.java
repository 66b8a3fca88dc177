package nl.perspectief.intake.config;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.perspectief.security.StaffRole;
import nl.perspectief.security.StaffSecurityAutoConfiguration;

/**
 * The rules the access matrix (EndpointAccessIT) cannot reach with the realm's demo users, who all hold exactly
 * one staff role: a valid token without a staff role is no member of staff. Only the security chain runs here,
 * in front of stand-ins for two of the service's endpoints (the chain lets an address nothing answers through to
 * its 404, so the addresses must be answered for their rules to apply).
 */
@WebMvcTest(useDefaultFilters = false)
@Import({IntakeSecurity.class, IntakeSecurityTest.Endpoints.class})
@ImportAutoConfiguration(StaffSecurityAutoConfiguration.class)
class IntakeSecurityTest {

    @RestController
    static class Endpoints {

        @GetMapping("/actuator/info")
        String info() {
            return "{}";
        }

        @PostMapping("/api/registrations")
        String register() {
            return "{}";
        }
    }

    @Autowired
    private MockMvc mvc;

    @Test
    void refusesTheStaffPagesToATokenWithoutAStaffRole() throws Exception {
        mvc.perform(get("/actuator/info").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_offline_access"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://perspectief.nl/problems/forbidden"));
    }

    @Test
    void letsEveryStaffRoleIntoTheStaffPages() throws Exception {
        for (StaffRole role : StaffRole.values()) {
            mvc.perform(get("/actuator/info").with(jwt().authorities(new SimpleGrantedAuthority(role.authority()))))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void answersAnAddressNothingAnswersWith404EvenWithoutAToken() throws Exception {
        mvc.perform(get("/api/nothing-here")).andExpect(status().isNotFound());
    }

    @Test
    void closesAPathNobodyDecidedOnEvenToAnAdministrator() throws Exception {
        mvc.perform(get("/api/registrations").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_ADMIN"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
