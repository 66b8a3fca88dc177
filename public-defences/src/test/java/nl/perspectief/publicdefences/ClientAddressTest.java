package nl.perspectief.publicdefences;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The client address the limits count by, and the body limit of a body without a length, through a real Tomcat,
 * ported from intake-service's ClientAddressIT: {@code X-Forwarded-For} counts only when the request comes from a
 * configured proxy. The tests post from 127.0.0.1.
 */
class ClientAddressTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Answer(int status, String body, String retryAfter, String contentType) {
    }

    static Answer post(int port, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DefendedThings.THINGS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Nested
    @SpringBootTest(classes = DefendedThings.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "test.per-client=2")
    class WithoutATrustedProxy {

        @LocalServerPort
        private int port;
        @Autowired
        private MeterRegistry meters;

        @Test
        void countsSpoofedForwardedAddressesAgainstTheOneRealPeer() {
            double refused = meters.counter(PublicEndpointFilter.RATE_LIMITED, "endpoint", "thing", "scope", "client").count();

            assertThat(post(port, "{}", "X-Forwarded-For", "198.51.100.1").status()).isEqualTo(201);
            assertThat(post(port, "{}", "X-Forwarded-For", "198.51.100.2").status()).isEqualTo(201);
            Answer third = post(port, "{}", "X-Forwarded-For", "198.51.100.3");

            assertThat(third.status()).isEqualTo(429);
            assertThat(third.contentType()).isEqualTo("application/problem+json");
            assertThat(third.body()).contains("https://perspectief.nl/problems/rate-limited");
            assertThat(Long.parseLong(third.retryAfter())).isBetween(1L, 30L);
            assertThat(meters.counter(PublicEndpointFilter.RATE_LIMITED, "endpoint", "thing", "scope", "client").count())
                    .isEqualTo(refused + 1);
        }
    }

    @Nested
    @SpringBootTest(classes = DefendedThings.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"test.per-client=2", "test.trusted-proxies=127.0.0.1,::1"})
    class BehindATrustedProxy {

        @LocalServerPort
        private int port;

        @Test
        void givesEveryForwardedClientAddressABucketOfItsOwn() {
            assertThat(post(port, "{}", "X-Forwarded-For", "198.51.100.11").body()).contains("198.51.100.11");
            assertThat(post(port, "{}", "X-Forwarded-For", "198.51.100.11").status()).isEqualTo(201);
            assertThat(post(port, "{}", "X-Forwarded-For", "198.51.100.11").status()).isEqualTo(429);

            assertThat(post(port, "{}", "X-Forwarded-For", "198.51.100.12").status()).isEqualTo(201);
            assertThat(post(port, "{}", "X-Forwarded-For", "2001:db8::12").status()).isEqualTo(201);
        }

        @Test
        void countsTheAddressTheProxySawNotOneTheClientPutInFrontOfIt() {
            post(port, "{}", "X-Forwarded-For", "198.51.100.21");
            post(port, "{}", "X-Forwarded-For", "198.51.100.21");

            Answer spoofed = post(port, "{}", "X-Forwarded-For", "203.0.113.99, 198.51.100.21");

            assertThat(spoofed.status()).isEqualTo(429);
        }
    }

    @Nested
    @SpringBootTest(classes = DefendedThings.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "test.per-client=100")
    class ABodyWithoutALength {

        @LocalServerPort
        private int port;

        private Answer postChunked(String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DefendedThings.THINGS))
                    .header("Content-Type", "application/json")
                    // no length known up front: java.net.http sends it chunked
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                    .build());
        }

        @Test
        void isReadUpToTheLimitAndRefusedWith413BeyondIt() {
            int accepted = DefendedThings.Things.ACCEPTED.get();

            Answer tooLarge = postChunked("{\"name\": \"" + "x".repeat(400) + "\"}");

            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.contentType()).isEqualTo("application/problem+json");
            assertThat(tooLarge.body()).contains("https://perspectief.nl/problems/request-too-large");
            assertThat(DefendedThings.Things.ACCEPTED.get()).isEqualTo(accepted);
        }

        @Test
        void reachesTheEndpointWholeWithinTheLimit() {
            Answer accepted = postChunked("{\"name\": \"a thing\", \"colour\": \"green\"}");

            assertThat(accepted.status()).isEqualTo(201);
            assertThat(accepted.body()).contains("\"fields\":2");
        }

        @Test
        void refusesBytesThatAreNotUtf8NamingTheRule() {
            byte[] bytes = {'{', '"', 'n', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
            Answer refused = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + DefendedThings.THINGS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                    .build());

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("\"rule\":\"Utf8\"");
        }
    }
}
