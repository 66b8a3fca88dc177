package nl.perspectief.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import nl.perspectief.events.Topics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole intake-service on a random port, against a real PostgreSQL (one per JVM), a real KRaft
 * broker, a real SMTP server (GreenMail, one per JVM) and the real staff identity provider (Keycloak, one per
 * JVM, started in the background), with a freshly generated master key. Every {@code *IT} extends this, so they
 * share one application context.
 * Tests share the database too: they compare counts before and after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
// the tests post thousands of requests from one address (MalformedRegistrationsIT); ClientAddressIT tests the
// limits with its own
// the tests' mail server (not the service) logs the address of each mailbox it creates, which is no leak of the service's
@TestPropertySource(properties = {"perspectief.intake.rate-limits.per-client.requests=1000000",
        "perspectief.intake.rate-limits.per-client.burst=1000000",
        "perspectief.intake.rate-limits.overall.requests=1000000",
        "perspectief.intake.rate-limits.overall.burst=1000000",
        "logging.level.com.icegreen.greenmail=warn"})
public abstract class RunningIntakeService {

    private static final String MASTER_KEY = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", EmbeddedDatabase::url);
        properties.add("spring.datasource.username", () -> EmbeddedDatabase.APP_USER);
        properties.add("spring.datasource.password", () -> EmbeddedDatabase.APP_USER);
        properties.add("spring.flyway.user", () -> EmbeddedDatabase.OWNER);
        properties.add("spring.flyway.password", () -> EmbeddedDatabase.OWNER);
        properties.add("perspectief.personal-data.master-key", () -> MASTER_KEY);
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", StaffIdentityProvider::issuer);
        // one second, so that a one-second token is refused within seconds (EndpointAccessIT's expired token)
        properties.add("perspectief.security.clock-skew", () -> "1s");
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", EmbeddedMailServer::port);
        properties.add("perspectief.mail.poll-interval", () -> "100ms");
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    private EmbeddedKafkaBroker kafka;

    private final HttpClient http = HttpClient.newHttpClient();
    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> published = new ArrayList<>();

    @BeforeEach
    void readTheRegistrationsTopicFromTheStart() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.INTAKE_REGISTRATIONS_V1));
    }

    @AfterEach
    void closeConsumer() {
        consumer.close();
    }

    protected record Answer(int status, Map<String, List<String>> headers, JsonNode body) {

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
        }

        public String contentType() {
            return header("content-type");
        }
    }

    protected Answer post(String json, String... headers) {
        return send(HttpRequest.newBuilder(uri("/api/registrations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), headers);
    }

    protected Answer send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean json = response.headers().firstValue("content-type").filter(type -> type.contains("json")).isPresent();
            JsonNode body = response.body().isEmpty() || !json ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().map(), body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected Answer get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected long rowsIn(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Waits for the registration's record on the topic and returns it. */
    protected ConsumerRecord<String, String> publishedRecordOf(String registrationId) {
        return Awaitility.await("record of " + registrationId + " on " + Topics.INTAKE_REGISTRATIONS_V1)
                .atMost(Duration.ofSeconds(30))
                .until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(published::add);
                    return published.stream().filter(r -> registrationId.equals(r.key())).findFirst().orElse(null);
                }, record -> record != null);
    }

    /** Every record on the topic so far with this key, after waiting for at least one. */
    protected List<ConsumerRecord<String, String>> publishedRecordsOf(String registrationId) {
        publishedRecordOf(registrationId);
        consumer.poll(Duration.ofMillis(500)).forEach(published::add);
        return published.stream().filter(r -> registrationId.equals(r.key())).toList();
    }
}
