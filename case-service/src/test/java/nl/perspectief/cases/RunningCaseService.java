package nl.perspectief.cases;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.Realms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole service, on real PostgreSQL, Kafka and Keycloak, shared by every test that extends this (one
 * Spring context, one set of servers per JVM), with helpers to publish registrations and call the API
 * with the demo users' real tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.InTheService.class)
public abstract class RunningCaseService {

    protected static final String REGISTRATIONS = TestInfrastructure.REGISTRATIONS;
    protected static final String REGISTRATIONS_DLT = TestInfrastructure.REGISTRATIONS_DLT;
    protected static final String CORRESPONDENCE = TestInfrastructure.CORRESPONDENCE;
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    // references are unique in intake; a fresh database per JVM makes a counter enough here
    private static final AtomicInteger REFERENCE_NUMBERS = new AtomicInteger(10_000);
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> deadLetterReader;
    private static final List<ConsumerRecord<String, byte[]>> deadLettersSeen = new ArrayList<>();

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
        // one second, so that a one-second token is refused within seconds (AccessMatrixIT's expired token)
        registry.add("perspectief.security.clock-skew", () -> "1s");
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("perspectief.personal-data.master-key", () -> TestInfrastructure.MASTER_KEY);
        // a short back-off (about 2 s in all), so tests of passing failures do not wait for production's patience
        registry.add("perspectief.cases.registrations.retry.initial-interval", () -> "300ms");
        registry.add("perspectief.cases.registrations.retry.max-interval", () -> "1s");
        registry.add("perspectief.cases.registrations.retry.max-retries", () -> "3");
        registry.add("perspectief.cases.export.signing-key",
                () -> Base64.getEncoder().encodeToString(TestInfrastructure.EXPORT_KEYS.getPrivate().getEncoded()));
        registry.add("perspectief.cases.export.verifying-key", TestInfrastructure::exportVerifyingKey);
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
        List<TopicPartition> deadLetterPartitions = List.of(new TopicPartition(REGISTRATIONS_DLT, 0),
                new TopicPartition(TestInfrastructure.CORRESPONDENCE_DLT, 0));
        deadLetterReader.assign(deadLetterPartitions);
        deadLetterReader.seekToBeginning(deadLetterPartitions);
        deadLettersSeen.clear();
    }

    @AfterAll
    static void disconnectFromKafka() {
        producer.close(Duration.ofSeconds(5));
        deadLetterReader.close(Duration.ofSeconds(5));
    }

    /**
     * Where a browser reaches the pages: the loopback address, whose redirect URIs the realm allows on any port
     * (Keycloak's loopback rule, RFC 8252), so the tests' random port needs no realm entry of its own.
     */
    protected String pagesBaseUri() {
        return "http://127.0.0.1:" + port;
    }

    /** The database's superuser: for tests that play someone who can change privileges or disable triggers. */
    protected static DataSource superuserDataSource() {
        return TestInfrastructure.superuser();
    }

    protected static String appUser() {
        return TestInfrastructure.APP_USER;
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
        publish(new ProducerRecord<>(REGISTRATIONS, key, value));
    }

    /** A record of one's own making: headers, another topic. */
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

    /** Every record on the dead-letter topics so far; call it again (Awaitility) to see newer ones. */
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

    /** A GET as the compliance officer, who reads every case whole: for tests about what a case holds. */
    protected ResponseEntity<String> get(String uri) {
        return get(uri, DemoUsers.COMPLIANCE);
    }

    /** A GET as {@code user}, with their real access token. */
    protected ResponseEntity<String> get(String uri, DemoUsers user) {
        return getWithToken(uri, StaffTokens.of(user));
    }

    /** A GET with that bearer token, or none for {@code null}. */
    protected ResponseEntity<String> getWithToken(String uri, String token) {
        var request = api().get().uri(uri);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** A POST as {@code user}, with If-Match and a JSON body where given. */
    protected ResponseEntity<String> post(String uri, DemoUsers user, String ifMatch, String body) {
        return postWithToken(uri, StaffTokens.of(user), ifMatch, body);
    }

    protected ResponseEntity<String> postWithToken(String uri, String token, String ifMatch, String body) {
        var request = api().post().uri(uri);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().toEntity(String.class);
    }

    /** A case the desk took in by phone, as {@code POST /api/cases} takes it (also the controller slice tests' case). */
    public static final String PHONE_CASE = """
            {
              "source": "PHONE",
              "receivedAt": "2026-04-01T09:00:00Z",
              "applicant": {"role": "VICTIM", "fullName": "Julia de Vries", "email": "julia@example.org",
                            "phone": "+31 6 12345678", "preferredChannel": "EMAIL",
                            "safeToLeaveMessages": false, "minor": false},
              "otherParty": {"known": true, "fullName": "Peter Bakker", "relationship": "family friend"},
              "incident": {"category": "SEXUAL_TRANSGRESSION", "approximateDate": "2015-09",
                           "policeReportFiled": false, "criminalProceedings": "NONE"},
              "story": "He tutored me almost every week in high school."
            }
            """;

    /**
     * A phone case opened, accepted and assigned to {@code mediator} by the desk through the API (version 2),
     * once the read model shows it as theirs.
     */
    protected String caseAssignedTo(DemoUsers mediator) {
        ResponseEntity<String> opened = post("/api/cases", DemoUsers.DESK, null, PHONE_CASE);
        if (opened.getStatusCode().value() != 201) {
            throw new IllegalStateException("the desk could not open a case: " + opened.getStatusCode());
        }
        String caseId = json(opened).get("caseId").asString();
        String path = "/api/cases/" + caseId;
        post(path + "/accept", DemoUsers.DESK, "\"0\"", null);
        post(path + "/assign-mediator", DemoUsers.DESK, "\"1\"", "{\"mediatorId\": \"" + mediator.id() + "\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> get(path, mediator).getStatusCode().value() == 200);
        return caseId;
    }

    /** A case the desk took in by phone, as the API answered its opening, and its version after the last step. */
    protected record PhoneCase(String caseId, String applicantId, String otherPartyId, int version) {
    }

    /**
     * Julia's phone case, assigned to Anna, who records both parties' consent to take part in a meeting and to that
     * form, agrees the form and schedules the meeting (version 8), each step through the API.
     */
    protected String caseWithAMeetingScheduled() {
        PhoneCase kase = caseWithTheFormAgreed("MEETING");
        step("/api/cases/" + kase.caseId() + "/meetings", kase.version(), "{\"form\": \"MEETING\", "
                + "\"scheduledFor\": \"2026-05-12T13:00:00Z\", \"location\": \"OFFICE\"}");
        return kase.caseId();
    }

    /**
     * Julia's phone case, assigned to Anna, who records both parties' consent to take part and to exchange messages,
     * agrees that form and opens the exchange (version 8), each step through the API.
     */
    protected PhoneCase caseWithAMessageExchangeOpened() {
        PhoneCase kase = caseWithTheFormAgreed("MESSAGE_EXCHANGE");
        step("/api/cases/" + kase.caseId() + "/message-exchange/open", kase.version(), null);
        return new PhoneCase(kase.caseId(), kase.applicantId(), kase.otherPartyId(), kase.version() + 1);
    }

    /** Opened by the desk, given to Anna, both parties' consents to take part and to {@code form}, the form agreed. */
    private PhoneCase caseWithTheFormAgreed(String form) {
        JsonNode opened = json(post("/api/cases", DemoUsers.DESK, null, PHONE_CASE));
        UUID caseId = UUID.fromString(opened.get("caseId").asString());
        String applicant = opened.get("applicantId").asString();
        String otherParty = opened.get("otherPartyId").asString();
        String path = "/api/cases/" + caseId;
        post(path + "/accept", DemoUsers.DESK, "\"0\"", null);
        post(path + "/assign-mediator", DemoUsers.DESK, "\"1\"",
                "{\"mediatorId\": \"" + DemoUsers.MEDIATOR_ANNA.id() + "\"}");
        int version = 2;
        for (String party : List.of(applicant, otherParty)) {
            for (String purpose : List.of("\"TAKING_PART\"", "\"FORM_OF_CONTACT\", \"form\": \"" + form + "\"")) {
                step(path + "/consents", version++, "{\"partyId\": \"" + party + "\", \"purpose\": " + purpose
                        + ", \"method\": \"SPOKEN\", \"givenAt\": \"2026-04-01T10:00:00Z\"}");
            }
        }
        step(path + "/form-of-contact/agreement", version++, "{\"form\": \"" + form + "\"}");
        return new PhoneCase(caseId.toString(), applicant, otherParty, version);
    }

    private void step(String path, int version, String body) {
        ResponseEntity<String> answer = post(path, DemoUsers.MEDIATOR_ANNA, "\"" + version + "\"", body);
        if (answer.getStatusCode().value() != 200) {
            throw new IllegalStateException(path + " was refused: " + answer.getStatusCode());
        }
    }

    /** The public key the service signs exports with in the tests, as an auditor would be given it. */
    protected static String exportVerifyingKey() {
        return TestInfrastructure.exportVerifyingKey();
    }

    protected static JsonNode json(ResponseEntity<String> response) {
        return JSON.readTree(response.getBody());
    }
}
