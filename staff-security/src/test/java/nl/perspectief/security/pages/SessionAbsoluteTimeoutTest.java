package nl.perspectief.security.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionAbsoluteTimeoutTest {

    private static boolean survives(Duration age) throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        var filter = new SessionAbsoluteTimeout(Duration.ofHours(10), Clock.fixed(created.plus(age), ZoneOffset.UTC));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);

        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        return !session.isInvalid();
    }

    @Test
    void aSessionLivesUntilTheAbsoluteTimeoutHoweverActive() throws Exception {
        assertThat(survives(Duration.ofHours(10).minusSeconds(1))).isTrue();
        assertThat(survives(Duration.ofHours(10))).isFalse();
    }
}
