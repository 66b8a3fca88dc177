package nl.perspectief.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

class ProblemAuthenticationEntryPointTest {

    @Test
    void an_expired_token_is_answered_401_problem_json_with_the_bearer_challenge() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ProblemAuthenticationEntryPoint().commence(request, response,
                new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Jwt expired at 2026-11-23T10:05:00Z")));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(response.getContentAsString())
                .contains("\"status\":401", "\"type\":\"https://perspectief.nl/problems/unauthenticated\"",
                        "\"instance\":\"/api/cases\"");
    }

    @Test
    void a_missing_token_is_answered_401_without_an_error_code() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ProblemAuthenticationEntryPoint().commence(new MockHttpServletRequest("GET", "/api/cases"), response,
                new InsufficientAuthenticationException("Full authentication is required"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
    }

    @Test
    void a_refused_role_is_answered_403_problem_json_after_the_listener_heard_of_it() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/cases/1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        StringBuilder heard = new StringBuilder();

        new ProblemAccessDeniedHandler(refused -> heard.append(refused.getRequestURI()))
                .handle(request, response, new AccessDeniedException("Access Denied"));

        assertThat(heard).hasToString("/api/cases/1");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("\"type\":\"https://perspectief.nl/problems/forbidden\"");
    }
}
