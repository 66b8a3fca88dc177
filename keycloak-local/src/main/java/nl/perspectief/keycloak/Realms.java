package nl.perspectief.keycloak;

/** The names in the realm files under {@code keycloak/}, for code that has to say them. */
public final class Realms {

    /** The staff realm: its issuer is what the services trust. */
    public static final String PERSPECTIEF = "perspectief";
    /** Another issuer with the same role names, whose tokens the services must refuse. */
    public static final String ELSEWHERE = "elsewhere";

    /** Confidential client of the services' pages: authorization code with PKCE (S256). */
    public static final String WEB_CLIENT = "perspectief-web";
    /** The web client's secret in the realm file: for this machine only, never for a real deployment. */
    public static final String WEB_CLIENT_LOCAL_SECRET = "perspectief-web-local-only-secret";
    /** Public client with the password grant, for tests and the README's curl examples only. */
    public static final String TESTS_CLIENT = "perspectief-tests";
    /** Like {@link #TESTS_CLIENT}, but its access tokens live one second: for the expired-token test. */
    public static final String SHORT_LIVED_TESTS_CLIENT = "perspectief-tests-short-lived";

    /** The realm files, imported by every {@link KeycloakServer}. */
    static final java.util.List<String> FILES = java.util.List.of("perspectief-realm.json", "elsewhere-realm.json");

    private Realms() {
    }
}
