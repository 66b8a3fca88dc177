package nl.perspectief.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.KeycloakServer;
import nl.perspectief.keycloak.Realms;

/**
 * The staff's real OpenID Connect provider (Keycloak with keycloak-local's realm files and demo users), one per
 * test JVM, stopped when the JVM exits. It starts in the background from the moment the first integration test
 * loads, so the tests that need no token run meanwhile; the first token anyone asks for waits until it is ready.
 * Its issuer is known at once (the ports are chosen up front), so the service starts without waiting for it:
 * staff-security's decoder reads the provider's keys on the first token.
 */
final class StaffIdentityProvider {

    // below java.io.tmpdir, which the build points into target/
    private static final KeycloakServer KEYCLOAK =
            KeycloakServer.onFreePorts(Path.of(System.getProperty("java.io.tmpdir"), "keycloak"));
    private static final CompletableFuture<Void> READY = CompletableFuture.runAsync(StaffIdentityProvider::start,
            task -> Thread.ofPlatform().daemon().name("keycloak-start").start(task));

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(KEYCLOAK::stop, "keycloak-stop"));
    }

    private StaffIdentityProvider() {
    }

    /** The issuer the service trusts: the staff realm {@code perspectief}. Does not wait for the server. */
    static String issuer() {
        return KEYCLOAK.issuerUri(Realms.PERSPECTIEF).toString();
    }

    /** A demo user's access token, valid five minutes (from the other issuer for {@link DemoUsers#MEDIATOR_ELSEWHERE}). */
    static String tokenOf(DemoUsers user) {
        return ready().tokenFor(user);
    }

    /** A demo user's access token that lives one second: expired soon after it is handed out. */
    static String shortLivedTokenOf(DemoUsers user) {
        return ready().tokenFor(user, Realms.SHORT_LIVED_TESTS_CLIENT);
    }

    private static KeycloakServer ready() {
        READY.join();
        return KEYCLOAK;
    }

    private static void start() {
        long launched = System.nanoTime();
        try {
            // the first run on a machine also unpacks and builds the distribution into the shared cache
            KEYCLOAK.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Keycloak " + KEYCLOAK.version() + " ready at " + KEYCLOAK.baseUri() + " "
                + Duration.ofNanos(System.nanoTime() - launched).toMillis() + " ms after launch");
    }
}
