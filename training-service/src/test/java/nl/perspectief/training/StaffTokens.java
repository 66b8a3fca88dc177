package nl.perspectief.training;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.perspectief.keycloak.DemoUsers;

/** Real access tokens of the demo users, from the tests' Keycloak, kept a while per user (they live five minutes). */
public final class StaffTokens {

    private static final Duration KEEP = Duration.ofMinutes(2);
    private static final Map<DemoUsers, Token> TOKENS = new ConcurrentHashMap<>();

    private StaffTokens() {
    }

    public static String of(DemoUsers user) {
        return TOKENS.compute(user, (who, kept) -> kept != null && Instant.now().isBefore(kept.fetchedAt().plus(KEEP))
                ? kept : new Token(TestInfrastructure.keycloak().tokenFor(who), Instant.now())).value();
    }

    private record Token(String value, Instant fetchedAt) {
    }
}
