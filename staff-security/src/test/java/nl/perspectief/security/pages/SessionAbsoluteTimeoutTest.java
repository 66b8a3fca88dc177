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
import org.springframework.security.authentication.TestingAuthenticationToken;

class SessionAbsoluteTimeoutTest {

    private static final Duration TEN_HOURS = Duration.ofHours(10);

    /** A session first visited {@code beforeSignIn} before signing in, asked for {@code afterSignIn} after it. */
    private static MockHttpSession sessionAsked(Duration beforeSignIn, Duration afterSignIn) throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant signIn = Instant.ofEpochMilli(session.getCreationTime()).plus(beforeSignIn);
        MockHttpServletRequest callback = new MockHttpServletRequest("GET", "/login/oauth2/code/perspectief-web");
        callback.setSession(session);
        MockHttpServletResponse redirected = new MockHttpServletResponse();
        new SessionAbsoluteTimeout(TEN_HOURS, Clock.fixed(signIn, ZoneOffset.UTC)).recordingSignIn()
                .onAuthenticationSuccess(callback, redirected, new TestingAuthenticationToken("anna", "n/a"));
        assertThat(redirected.getRedirectedUrl()).as("on to the page first asked for, here none: the start").isEqualTo("/");

        ask(session, signIn.plus(afterSignIn));
        return session;
    }

    private static void ask(MockHttpSession session, Instant at) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        new SessionAbsoluteTimeout(TEN_HOURS, Clock.fixed(at, ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }

    @Test
    void aSessionLivesUntilTheAbsoluteTimeoutAfterSignInHoweverActive() throws Exception {
        assertThat(sessionAsked(Duration.ZERO, TEN_HOURS.minusSeconds(1)).isInvalid()).isFalse();
        assertThat(sessionAsked(Duration.ZERO, TEN_HOURS).isInvalid()).isTrue();
    }

    @Test
    void theTimeSpentBeforeSigningInDoesNotCount() throws Exception {
        // the login page left open for an hour: still ten full hours from the sign-in
        assertThat(sessionAsked(Duration.ofHours(1), TEN_HOURS.minusSeconds(1)).isInvalid()).isFalse();
    }

    @Test
    void aSessionNotSignedInIsLeftToTheInactivityTimeout() throws Exception {
        // the first visit's session holds the authorization request; ending it would break the sign-in under way
        MockHttpSession beforeSignIn = new MockHttpSession();
        ask(beforeSignIn, Instant.ofEpochMilli(beforeSignIn.getCreationTime()).plus(TEN_HOURS.multipliedBy(2)));

        assertThat(beforeSignIn.isInvalid()).isFalse();
    }
}
