package nl.perspectief.cases;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole service, on real PostgreSQL and Kafka, shared by every test that extends this (one
 * Spring context, one set of servers per JVM), with helpers to publish registrations and read the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.InTheService.class)
public abstract class RunningCaseService {

    protected static final String REGISTRATIONS = TestInfrastructure.REGISTRATIONS;
    protected static final String REGISTRATIONS_DLT = TestInfrastructure.REGISTRATIONS_DLT;
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    // references are unique in intake; a fresh database per JVM makes a counter enough here
    private static final AtomicInteger REFERENCE_NUMBERS = new AtomicInteger(10_000);
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> deadLetterReader;
    private static final List<ConsumerRecord<String, byte[]>> deadLettersSeen = new ArrayList<>();

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void realServers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestInfrastructure::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("perspectief.personal-data.master-key", () -> TestInfrastructure.MASTER_KEY);
        // a short back-off (about 2 s in all), so tests of passing failures do not wait for production's patience
        registry.add("perspectief.cases.registrations.retry.initial-interval", () -> "300ms");
        registry.add("perspectief.cases.registrations.retry.max-interval", () -> "1s");
        registry.add("perspectief.cases.registrations.retry.max-retries", () -> "3");
    }

    @BeforeAll
    static void connectToKafka() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
        deadLetterReader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer());
        TopicPartition deadLetterPartition = new TopicPartition(REGISTRATIONS_DLT, 0);
        deadLetterReader.assign(List.of(deadLetterPartition));
        deadLetterReader.seekToBeginning(List.of(deadLetterPartition));
        deadLettersSeen.clear();
    }

    @AfterAll
    static void disconnectFromKafka() {
        producer.close(Duration.ofSeconds(5));
        deadLetterReader.close(Duration.ofSeconds(5));
    }

    protected static String kafkaBootstrapServers() {
        return TestInfrastructure.kafkaBootstrapServers();
    }

    /** The contract's fixture with a fresh registration, event id and reference. */
    protected static ObjectNode freshRegistration() {
        ObjectNode envelope = (ObjectNode) JSON.readTree(ContractFixtures.fixture(EventTypes.REGISTRATION_SUBMITTED_V1));
        envelope.put("eventId", UUID.randomUUID().toString());
        ObjectNode payload = (ObjectNode) envelope.get("payload");
        payload.put("registrationId", UUID.randomUUID().toString());
        payload.put("reference", "PH-2026-" + REFERENCE_NUMBERS.incrementAndGet());
        return envelope;
    }

    protected static UUID registrationIdOf(JsonNode envelope) {
        return UUID.fromString(envelope.get("payload").get("registrationId").asString());
    }

    protected static String referenceOf(JsonNode envelope) {
        return envelope.get("payload").get("reference").asString();
    }

    /** Publishes a registration as intake does: keyed by its registration id. */
    protected static void publish(JsonNode envelope) {
        publish(registrationIdOf(envelope).toString(), JSON.writeValueAsBytes(envelope));
    }

    protected static void publish(String key, String value) {
        publish(key, value.getBytes(StandardCharsets.UTF_8));
    }

    protected static void publish(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(REGISTRATIONS, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish a test record", e);
        }
    }

    /** Every record on the dead-letter topic so far; call it again (Awaitility) to see newer ones. */
    protected static synchronized List<ConsumerRecord<String, byte[]>> deadLetters() {
        deadLetterReader.poll(Duration.ofMillis(200)).forEach(deadLettersSeen::add);
        return List.copyOf(deadLettersSeen);
    }

    protected RestClient api() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    // tests assert on error answers themselves
                })
                .build();
    }

    protected ResponseEntity<String> get(String uri) {
        return api().get().uri(uri).retrieve().toEntity(String.class);
    }

    protected static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }
}
