package nl.perspectief.intake.registration;

import static nl.perspectief.intake.registration.RegistrationFixtures.WEBSITE_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.events.ContractFixtures;
import nl.perspectief.events.EventTypes;
import nl.perspectief.intake.RunningIntakeService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class RegistrationIntakeIT extends RunningIntakeService {

    private static final String TYPE = EventTypes.REGISTRATION_SUBMITTED_V1;

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private DataSource dataSource;

    private static String website(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode body = (ObjectNode) JSON.readTree(WEBSITE_JSON);
        change.accept(body);
        return JSON.writeValueAsString(body);
    }

    @Test
    void acceptsTheWebsitesRegistrationAndPublishesItAsTheContractDescribes() {
        Answer answer = post(WEBSITE_JSON);

        assertThat(answer.status()).isEqualTo(201);
        String registrationId = answer.body().get("registrationId").asString();
        String reference = answer.body().get("reference").asString();
        assertThat(reference).matches("PH-\\d{4}-\\d{5}");
        assertThat(answer.header("Location")).isEqualTo("/api/registrations/" + registrationId);

        Answer status = get(answer.header("Location"));
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("reference").asString()).isEqualTo(reference);
        assertThat(status.body().propertyNames()).containsExactlyInAnyOrder("registrationId", "reference", "submittedAt");

        ConsumerRecord<String, String> record = publishedRecordOf(registrationId);
        ContractFixtures.assertConformsToSchema(TYPE, record.value());
        JsonNode envelope = JSON.readTree(record.value());
        assertThat(fieldPaths(envelope)).isEqualTo(fieldPaths(JSON.readTree(ContractFixtures.fixture(TYPE))));
        assertThat(envelope.get("type").asString()).isEqualTo(TYPE);
        assertThat(envelope.get("producer").asString()).isEqualTo("intake-service");
        assertThat(envelope.at("/payload/reference").asString()).isEqualTo(reference);
        assertThat(envelope.at("/payload/applicant/fullName").asString()).isEqualTo("Julia de Vries");
        assertThat(envelope.at("/payload/otherParty/relationship").asString()).isEqualTo("family friend, tutor");
        String eventIdentifier = jdbc.sql("select event_identifier from domain_event_entry where aggregate_identifier = ?")
                .param(registrationId).query(String.class).single();
        assertThat(envelope.get("eventId").asString()).as("the id survives republication").isEqualTo(eventIdentifier);
    }

    @Test
    void givesTwoRegistrationsConsecutiveReferences() {
        String first = post(WEBSITE_JSON).body().get("reference").asString();
        String second = post(WEBSITE_JSON).body().get("reference").asString();

        assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
    }

    @Test
    void refusesAnInvalidRegistrationNamingTheFieldsAndStoresNothing() {
        long events = rowsIn("domain_event_entry");
        String before = post(WEBSITE_JSON).body().get("reference").asString();

        Answer answer = post(website(body -> {
            ((ObjectNode) body.get("applicant")).put("email", "not an email");
            body.put("privacyStatementAccepted", false);
        }));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().findValuesAsString("field")).containsExactlyInAnyOrder("applicant.email", "privacyStatementAccepted");
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events + 1);
        String after = post(WEBSITE_JSON).body().get("reference").asString();
        assertThat(sequenceOf(after)).as("the refused registration used no number").isEqualTo(sequenceOf(before) + 1);
    }

    @Test
    void givesTheFirstRegistrationsOfAYearRacingEachOtherTheNumbersOneAndTwo() throws Exception {
        int year = 2100 + (int) Math.floorMod(System.nanoTime(), 800L); // a year no other test has counted
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            int secondsBackend = backendOf(second);
            int firstNumber = nextNumber(first, year); // makes the year's sequence, not committed yet
            CompletableFuture<Integer> racing = CompletableFuture.supplyAsync(() -> nextNumber(second, year));
            // the second waits for the first's uncommitted sequence
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "Lock".equals(jdbc.sql(
                    "select wait_event_type from pg_stat_activity where pid = ?").param(secondsBackend)
                    .query(String.class).optional().orElse(null)));
            first.commit();
            int secondNumber = racing.get(10, TimeUnit.SECONDS);
            second.commit();

            assertThat(firstNumber).isEqualTo(1);
            assertThat(secondNumber).isEqualTo(2);
        }
    }

    private static int backendOf(Connection connection) throws SQLException {
        try (PreparedStatement pid = connection.prepareStatement("select pg_backend_pid()");
             ResultSet row = pid.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private static int nextNumber(Connection connection, int year) {
        try (PreparedStatement next = connection.prepareStatement("select next_registration_number(?)")) {
            next.setInt(1, year);
            try (ResultSet number = next.executeQuery()) {
                number.next();
                return number.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesAnUnknownFieldAndAWrongEnumValueByName() {
        long events = rowsIn("domain_event_entry");

        Answer unknown = post(website(body -> body.put("favouriteColour", "blue")));
        Answer wrongEnum = post(website(body -> ((ObjectNode) body.get("incident")).put("category", "BURGLARY")));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("favouriteColour");
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(wrongEnum.body().at("/errors/0/field").asString()).isEqualTo("incident.category");
        assertThat(wrongEnum.body().at("/errors/0/message").asString()).contains("THEFT_OR_FRAUD");
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events);
    }

    @Test
    void answersTheHoneypotAsAcceptedButStoresNothingAndCountsIt() {
        long events = rowsIn("domain_event_entry");
        double triggered = meters.counter("perspectief.public.honeypot.triggered", "endpoint", "registration").count();

        Answer answer = post(website(body -> body.put("website", "http://cheap-pills.example")));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("reference").asString()).matches("PH-\\d{4}-\\d{5}");
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events);
        assertThat(meters.counter("perspectief.public.honeypot.triggered", "endpoint", "registration").count())
                .isEqualTo(triggered + 1);
    }

    @Test
    void answersARepeatedIdempotencyKeyWithTheFirstAnswerAndStoresOneRegistration() {
        String key = "website-" + UUID.randomUUID();
        long events = rowsIn("domain_event_entry");

        Answer first = post(WEBSITE_JSON, "Idempotency-Key", key);
        Answer again = post(WEBSITE_JSON.replace("\n", " "), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events + 1);
    }

    @Test
    void answersConcurrentRepeatsOfOneIdempotencyKeyAlikeWithOneRegistration() {
        String key = "website-" + UUID.randomUUID();
        long events = rowsIn("domain_event_entry");

        List<Answer> answers = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(WEBSITE_JSON, "Idempotency-Key", key)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(Answer::body).containsOnly(answers.getFirst().body());
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events + 1);
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentRegistration() {
        String key = "website-" + UUID.randomUUID();
        post(WEBSITE_JSON, "Idempotency-Key", key);
        long events = rowsIn("domain_event_entry");

        Answer different = post(website(body -> body.put("story", "Another story.")), "Idempotency-Key", key);

        assertThat(different.status()).isEqualTo(422);
        assertThat(different.contentType()).isEqualTo("application/problem+json");
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events);
    }

    @Test
    void refusesABodyOver64KibThatAnnouncesItsLength() {
        long events = rowsIn("domain_event_entry");

        Answer answer = post(website(body -> body.put("story", "x".repeat(70_000))));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events);
    }

    @Test
    void refusesAChunkedBodyOver64KibWhileReadingIt() {
        long events = rowsIn("domain_event_entry");
        byte[] tooLarge = website(body -> body.put("story", "x".repeat(70_000))).getBytes(StandardCharsets.UTF_8);

        Answer answer = send(HttpRequest.newBuilder(uri("/api/registrations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge))));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(rowsIn("domain_event_entry")).isEqualTo(events);
    }

    @Test
    void publishesFromATrackingProcessorThatRetriesAFailedSendInsteadOfSkippingIt() {
        post(WEBSITE_JSON);

        assertThat(processing.eventProcessor("registration-publisher")).get().isInstanceOf(TrackingEventProcessor.class);
        assertThat(processing.listenerInvocationErrorHandler("registration-publisher")).isInstanceOf(PropagatingErrorHandler.class);
        assertThat(rowsIn("token_entry where processor_name = 'registration-publisher'")).isEqualTo(1);
    }

    private static int sequenceOf(String reference) {
        return Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
    }

    /** The names of every field at every level, such as {@code payload.applicant.email}. */
    private static Set<String> fieldPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, Set<String> paths) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String path = prefix + field.getKey();
            paths.add(path);
            collect(path + ".", field.getValue(), paths);
        }
    }
}
