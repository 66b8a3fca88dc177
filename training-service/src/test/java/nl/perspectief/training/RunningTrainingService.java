package nl.perspectief.training;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.keycloak.Realms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on real PostgreSQL, Kafka and Keycloak, shared by every test that extends this (one Spring
 * context, one set of servers per JVM), with helpers to call the API with the demo users' real tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the service's clock is one the trainers' tests move on (RunningTrainingServiceOnAMovableClock), in this one context
@Import(MovableClock.InTheService.class)
// the tests post hundreds of enrolments and checks from one address (the concurrency and malformed-request tests);
// enrolment.PublicRateLimitsIT tests the limits with a service of its own
@TestPropertySource(properties = {
        "perspectief.training.enrolment.rate-limit.per-client.requests=1000000",
        "perspectief.training.enrolment.rate-limit.per-client.burst=1000000",
        "perspectief.training.enrolment.rate-limit.overall.requests=1000000",
        "perspectief.training.enrolment.rate-limit.overall.burst=1000000",
        "perspectief.training.certificate-check.rate-limit.per-client.requests=1000000",
        "perspectief.training.certificate-check.rate-limit.per-client.burst=1000000"})
public abstract class RunningTrainingService {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

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
        // offers expire in tests within a second of their deadline
        registry.add("perspectief.training.deadlines.polling-interval", () -> "500ms");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestInfrastructure::smtpPort);
        registry.add("perspectief.mail.poll-interval", () -> "100ms");
    }

    /** Every mail the service has sent to this address so far (the tests' SMTP server keeps them). */
    protected static java.util.List<jakarta.mail.internet.MimeMessage> mailsTo(String address) {
        return TestInfrastructure.mailsTo(address);
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

    protected RestClient api() {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    // tests assert on error answers themselves
                })
                .build();
    }

    protected ResponseEntity<String> get(String uri, DemoUsers user) {
        var request = api().get().uri(uri);
        if (user != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(user));
        }
        return request.retrieve().toEntity(String.class);
    }

    /** A POST as {@code user}, or as anyone on the internet when {@code user} is null. */
    protected ResponseEntity<String> post(String uri, DemoUsers user, Object body) {
        var request = api().post().uri(uri);
        if (user != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(user));
        }
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
