package nl.perspectief.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * An access token by the password grant, which only the realm's test clients allow: for tests and local use only,
 * from any Keycloak with these realm files (one this module started, or the one in {@code docker-compose.yml}).
 */
public final class PasswordGrant {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PasswordGrant() {
    }

    /** A demo user's token from the test client of their realm, at the Keycloak whose base is {@code keycloak}. */
    public static String token(URI keycloak, DemoUsers user) {
        return token(URI.create(keycloak.toString().replaceAll("/$", "") + "/realms/" + user.realm()),
                Realms.TESTS_CLIENT, user.username(), user.password());
    }

    /**
     * @param realmUri the realm's address, e.g. {@code http://localhost:8180/realms/perspectief}
     * @throws IllegalStateException when Keycloak refuses, with its error code (never the password)
     */
    public static String token(URI realmUri, String clientId, String username, String password) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(realmUri + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            var answer = JSON.readTree(response.body());
            if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak refused a token for client " + clientId + " at " + realmUri
                        + ": " + response.statusCode() + " " + answer.path("error").asString(""));
            }
            return answer.get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("no answer from Keycloak at " + realmUri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Keycloak for a token", e);
        }
    }
}
