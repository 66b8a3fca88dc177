package nl.perspectief.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import nl.perspectief.events.Envelope;
import nl.perspectief.events.EventTypes;
import nl.perspectief.events.cases.v1.CaseTopicPayload;
import nl.perspectief.events.cases.v1.MediatorAssigned;
import nl.perspectief.events.cases.v1.MessageExchangeClosed;
import nl.perspectief.events.cases.v1.MessageExchangeOpened;
import nl.perspectief.events.cases.v1.MessageExchangeResumed;
import nl.perspectief.events.cases.v1.MessageExchangeSuspended;
import nl.perspectief.events.cases.v1.PartySide;
import nl.perspectief.events.cases.v1.SuspensionReason;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.Realms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on real PostgreSQL, Kafka and Keycloak, shared by every test that extends this (one Spring
 * context, one set of servers per JVM), with helpers to publish what case-service says about a case and to call the
 * API with the demo users' real tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningMessagingService {

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final String CASE_EVENTS = TestInfrastructure.CASE_EVENTS;
    protected static final String CASE_EVENTS_DLT = TestInfrastructure.CASE_EVENTS_DLT;
    protected static final String CORRESPONDENCE_EVENTS = TestInfrastructure.CORRESPONDENCE_EVENTS;

    private static KafkaProducer<String, byte[]> producer;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestInfrastructure::jdbcUrl);
        registry.add("spring.datasource.username", () -> TestInfrastructure.APP_USER);
        registry.add("spring.datasource.password", () -> TestInfrastructure.APP_USER);
        registry.add("spring.flyway.user", () -> TestInfrastructure.OWNER);
        registry.add("spring.flyway.password", () -> TestInfrastructure.OWNER);
        registry.add("spring.flyway.placeholders.app_user", () -> TestInfrastructure.APP_USER);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> TestInfrastructure.keycloak().issuerUri(Realms.PERSPECTIEF).toString());
        registry.add("spring.security.oauth2.client.provider.perspectief-web.issuer-uri",
                () -> TestInfrastructure.keycloak().issuerUri(Realms.PERSPECTIEF).toString());
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("perspectief.personal-data.master-key", () -> TestInfrastructure.MASTER_KEY);
        registry.add("perspectief.messaging.case-events.retry.initial-interval", () -> "300ms");
        registry.add("perspectief.messaging.case-events.retry.max-interval", () -> "1s");
        registry.add("perspectief.messaging.case-events.retry.max-retries", () -> "3");
    }

    @BeforeAll
    static void connectToKafka() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void disconnectFromKafka() {
        producer.close(Duration.ofSeconds(5));
    }

    /** Where a browser reaches the pages: the loopback address, whose redirect URIs the realm allows on any port. */
    protected String pagesBaseUri() {
        return "http://127.0.0.1:" + port;
    }

    protected static javax.sql.DataSource superuserDataSource() {
        return TestInfrastructure.superuser();
    }

    protected static String kafkaBootstrapServers() {
        return TestInfrastructure.kafkaBootstrapServers();
    }

    protected static String keycloakIssuer() {
        return TestInfrastructure.keycloak().issuerUri(Realms.PERSPECTIEF).toString();
    }

    // ---- what case-service says

    /** A case of mediator {@code mediator} whose exchange case-service opened between {@code applicant} and {@code otherParty}. */
    protected record OpenExchange(UUID caseId, UUID exchangeId, UUID applicant, UUID otherParty, DemoUsers mediator) {
    }

    /** Publishes, as case-service would, a mediator assigned and an exchange opened for a new case. */
    protected static OpenExchange openExchange(DemoUsers mediator) {
        OpenExchange exchange = new OpenExchange(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), mediator);
        Instant now = Instant.now();
        publishCaseEvent(new MediatorAssigned(exchange.caseId(), mediator.id().toString(), null, now));
        publishCaseEvent(new MessageExchangeOpened(exchange.caseId(), exchange.exchangeId(), mediator.id().toString(),
                List.of(new MessageExchangeOpened.Party(exchange.applicant(), PartySide.APPLICANT),
                        new MessageExchangeOpened.Party(exchange.otherParty(), PartySide.OTHER_PARTY)), now));
        return exchange;
    }

    protected static void suspend(OpenExchange exchange) {
        publishCaseEvent(new MessageExchangeSuspended(exchange.caseId(), exchange.exchangeId(),
                SuspensionReason.CONSENT_WITHDRAWN, Instant.now()));
    }

    protected static void resume(OpenExchange exchange) {
        publishCaseEvent(new MessageExchangeResumed(exchange.caseId(), exchange.exchangeId(), Instant.now()));
    }

    protected static void close(OpenExchange exchange) {
        publishCaseEvent(new MessageExchangeClosed(exchange.caseId(), exchange.exchangeId(), Instant.now()));
    }

    /** Publishes a payload in case-service's envelope, keyed by its case; answers the envelope's event id. */
    protected static UUID publishCaseEvent(CaseTopicPayload payload) {
        UUID eventId = UUID.randomUUID();
        publishCaseEvent(eventId, payload);
        return eventId;
    }

    /** The same envelope again (a redelivery) when {@code eventId} is reused. */
    protected static void publishCaseEvent(UUID eventId, CaseTopicPayload payload) {
        var envelope = new Envelope<>(eventId, EventTypes.typeOf(payload.getClass()).orElseThrow(), 1, Instant.now(),
                UUID.randomUUID(), null, "case-service", payload);
        publish(new ProducerRecord<>(CASE_EVENTS, payload.caseId().toString(), JSON.writeValueAsBytes(envelope)));
    }

    protected static void publish(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish a test record", e);
        }
    }

    /** Every record on {@code topic} from the beginning, read for up to {@code wait}. */
    protected static List<ConsumerRecord<String, byte[]>> recordsOn(String topic, Duration wait) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long until = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    // ---- the API

    protected RestClient api() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    // tests assert on error answers themselves
                })
                .build();
    }

    protected ResponseEntity<String> get(String uri, DemoUsers user) {
        return api().get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(user))
                .retrieve().toEntity(String.class);
    }

    protected ResponseEntity<String> post(String uri, DemoUsers user, Object body) {
        var request = api().post().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(user));
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .body(body instanceof String text ? text : JSON.writeValueAsString(body));
        }
        return request.retrieve().toEntity(String.class);
    }

    protected static JsonNode json(ResponseEntity<String> answer) {
        return JSON.readTree(answer.getBody());
    }

}
