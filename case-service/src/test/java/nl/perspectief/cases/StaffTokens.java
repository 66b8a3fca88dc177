package nl.perspectief.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.Realms;

/**
 * Real access tokens of the demo users, from the Keycloak the tests run (password grant of the test
 * client). Kept a while per user: the realm's tokens live five minutes, and a fresh one per request
 * would make Keycloak the slowest part of every test.
 */
public final class StaffTokens {

    private static final Duration KEEP = Duration.ofMinutes(2);
    private static final Map<DemoUsers, Token> TOKENS = new ConcurrentHashMap<>();

    private StaffTokens() {
    }

    /** A valid access token of {@code user}. */
    public static String of(DemoUsers user) {
        return TOKENS.compute(user, (who, kept) -> kept != null && Instant.now().isBefore(kept.fetchedAt().plus(KEEP))
                ? kept : new Token(TestInfrastructure.keycloak().tokenFor(who), Instant.now())).value();
    }

    /** A token of the client whose tokens live one second: expired by the time it is used, once awaited. */
    public static String shortLived(DemoUsers user) {
        return TestInfrastructure.keycloak().tokenFor(user, Realms.SHORT_LIVED_TESTS_CLIENT);
    }

    /** The demo user's subject ({@code sub}), as the service names them: the staff id in events and logs. */
    public static String idOf(DemoUsers user) {
        return user.id().toString();
    }

    private record Token(String value, Instant fetchedAt) {
    }
}
