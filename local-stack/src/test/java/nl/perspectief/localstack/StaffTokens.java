package nl.perspectief.localstack;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.KeycloakServer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Real access tokens of the demo users from the stack's own Keycloak (the test client's password grant),
 * as a member of staff's browser or tool would hold them. Kept two minutes per user: the realm's tokens live
 * five, and one per request would make Keycloak the slowest part of every scenario.
 */
final class StaffTokens {

    private static final Duration KEEP = Duration.ofMinutes(2);
    private static final Map<DemoUsers, Token> TOKENS = new ConcurrentHashMap<>();
    private static volatile Function<DemoUsers, String> issuer;

    private StaffTokens() {
    }

    /** The provider of the stack now running; tokens of an earlier stack are forgotten. */
    static void issuedBy(KeycloakServer provider) {
        issuedBy(provider::tokenFor);
    }

    /** Tokens from elsewhere, e.g. the composed stack's Keycloak ({@link nl.perspectief.keycloak.PasswordGrant}). */
    static void issuedBy(Function<DemoUsers, String> provider) {
        issuer = provider;
        TOKENS.clear();
    }

    /** {@code Bearer <token>} of {@code user}, for the {@code Authorization} header. */
    static String bearer(DemoUsers user) {
        var provider = issuer;
        if (provider == null) {
            throw new IllegalStateException("no stack running: staff tokens come from its Keycloak");
        }
        return "Bearer " + TOKENS.compute(user, (who, kept) -> kept != null && Instant.now().isBefore(kept.fetchedAt().plus(KEEP))
                ? kept : new Token(provider.apply(who), Instant.now())).value();
    }

    private record Token(String value, Instant fetchedAt) {
    }
}
