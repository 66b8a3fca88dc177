package nl.perspectief.messaging.correspondence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import io.micrometer.core.instrument.MeterRegistry;
import nl.perspectief.deadletters.DeadLetters;
import nl.perspectief.keycloak.DemoUsers;
import nl.perspectief.messaging.RunningMessagingService;
import nl.perspectief.messaging.StaffTokens;
import tools.jackson.databind.JsonNode;

/**
 * A whole exchange through the API, on the running service: what case-service says arrives from Kafka; the mediator
 * records, reviews, returns, revises, redacts, delivers and confirms; the exchange freezes when case-service suspends
 * it; only the case's mediator and compliance read it.
 */
class CorrespondenceIT extends RunningMessagingService {

    private static final String CANARY = "Canary-Zeewolde-" + UUID.randomUUID();

    @Autowired
    MeterRegistry meters;

    @Test
    void relaysEsthersLetterAndTheAnswerWithReviewARedactionDeliveryAndReceipt() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        String correspondence = awaitOpen(exchange);

        ResponseEntity<String> recorded = post(correspondence + "/messages", DemoUsers.MEDIATOR_ANNA, Map.of(
                "writerId", exchange.applicant(), "kind", "LETTER",
                "content", "Dear Peter, I moved to " + CANARY + " and I want you to know what it did to me."));
        assertThat(recorded.getStatusCode().value()).isEqualTo(201);
        assertThat(recorded.getHeaders().getETag()).isNotBlank();
        String letter = correspondence + "/messages/" + json(recorded).get("messageId").asString();

        assertThat(post(letter + "/deliver", DemoUsers.MEDIATOR_ANNA, Map.of("channel", "POST")))
                .satisfies(refused -> assertThat(refused.getStatusCode().value()).isEqualTo(422))
                .satisfies(refused -> assertThat(json(refused).get("rule").asString()).isEqualTo("DeliveryWithoutApproval"));
        assertThat(post(letter + "/return", DemoUsers.MEDIATOR_ANNA,
                Map.of("reason", "It names your new town.")).getStatusCode().value()).isEqualTo(200);
        assertThat(post(letter + "/revise", DemoUsers.MEDIATOR_ANNA,
                Map.of("content", "Dear Peter, I want you to know what it did to me. I still dream of that summer."))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post(letter + "/redact", DemoUsers.MEDIATOR_ANNA,
                Map.of("content", "Dear Peter, I want you to know what it did to me. [...]", "writerAgreed", true))
                .getStatusCode().value()).isEqualTo(200);
        assertThat(post(letter + "/approve", DemoUsers.MEDIATOR_ANNA, null).getStatusCode().value()).isEqualTo(200);
        assertThat(post(letter + "/deliver", DemoUsers.MEDIATOR_ANNA, Map.of("channel", "POST")).getStatusCode().value())
                .isEqualTo(200);
        assertThat(post(letter + "/confirm-receipt", DemoUsers.MEDIATOR_ANNA,
                Map.of("firstReadAt", "2026-12-01T10:00:00Z")).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> answer = post(correspondence + "/messages", DemoUsers.MEDIATOR_ANNA, Map.of(
                "writerId", exchange.otherParty(), "kind", "SPOKEN_MESSAGE_WRITTEN_DOWN",
                "content", "He says he is sorry and would like to explain."));
        String reply = correspondence + "/messages/" + json(answer).get("messageId").asString();
        post(reply + "/approve", DemoUsers.MEDIATOR_ANNA, null);
        post(reply + "/deliver", DemoUsers.MEDIATOR_ANNA, Map.of("channel", "HANDED_OVER_IN_CONVERSATION"));

        JsonNode read = json(get(correspondence, DemoUsers.MEDIATOR_ANNA));
        JsonNode first = read.get("messages").get(0);
        assertThat(first.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(first.get("firstReadAt").asString()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(first.get("versions")).extracting(version -> version.get("origin").asString())
                .containsExactly("RECORDED", "REVISED", "REDACTED");
        assertThat(first.get("versions").get(0).get("content").asString()).contains(CANARY);
        assertThat(first.get("versions").get(2).get("content").asString()).endsWith("[...]");
        assertThat(first.get("steps")).extracting(step -> step.get("step").asString())
                .containsExactly("RECORDED", "RETURNED", "REVISED", "REDACTED", "APPROVED", "DELIVERED",
                        "RECEIPT_CONFIRMED");
        assertThat(first.get("steps").get(1).get("reason").asString()).isEqualTo("It names your new town.");
        JsonNode second = read.get("messages").get(1);
        assertThat(second.get("writerId").asString()).isEqualTo(exchange.otherParty().toString());
        assertThat(second.get("recipientId").asString()).isEqualTo(exchange.applicant().toString());
        assertThat(second.get("status").asString()).isEqualTo("DELIVERED");
        assertThat(second.get("channel").asString()).isEqualTo("HANDED_OVER_IN_CONVERSATION");

        List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            published.clear();
            recordsOn(CORRESPONDENCE_EVENTS, Duration.ofMillis(800)).stream()
                    .filter(record -> exchange.caseId().toString().equals(record.key()))
                    .forEach(published::add);
            assertThat(published).hasSize(3);
        });
        assertThat(published).extracting(record -> JSON.readTree(record.value()).get("type").asString())
                .containsExactly("MessageDelivered.v1", "ReceiptConfirmed.v1", "MessageDelivered.v1");
        assertThat(published).allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .doesNotContain(CANARY).doesNotContain("Dear Peter").doesNotContain("sorry"));
    }

    @Test
    void freezesWhenCaseServiceSuspendsTheExchangeKeepsTheDraftsAndMovesAgainWhenItResumes() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        String correspondence = awaitOpen(exchange);
        String draft = correspondence + "/messages/" + json(post(correspondence + "/messages", DemoUsers.MEDIATOR_ANNA,
                Map.of("writerId", exchange.applicant(), "kind", "LETTER", "content", "A first draft.")))
                .get("messageId").asString();

        suspend(exchange);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("state").asString()).isEqualTo("SUSPENDED"));
        JsonNode frozen = json(get(correspondence, DemoUsers.MEDIATOR_ANNA));
        assertThat(frozen.get("suspendedBecause").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(frozen.get("messages").get(0).get("status").asString()).isEqualTo("AWAITING_REVIEW");

        ResponseEntity<String> refused = post(draft + "/approve", DemoUsers.MEDIATOR_ANNA, null);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(refused).get("rule").asString()).isEqualTo("ExchangeNotOpen");
        assertThat(json(refused).get("exchangeState").asString()).isEqualTo("SUSPENDED");
        assertThat(post(correspondence + "/messages", DemoUsers.MEDIATOR_ANNA, Map.of("writerId", exchange.applicant(),
                "kind", "LETTER", "content", "Another.")).getStatusCode().value()).isEqualTo(422);
        assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("messages")).hasSize(1);

        resume(exchange);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(post(draft + "/approve", DemoUsers.MEDIATOR_ANNA, null).getStatusCode().value()).isEqualTo(200));

        close(exchange);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("state").asString()).isEqualTo("CLOSED"));
        assertThat(json(post(draft + "/deliver", DemoUsers.MEDIATOR_ANNA, Map.of("channel", "POST")))
                .get("exchangeState").asString()).isEqualTo("CLOSED");
    }

    @Test
    void aRedeliveredOrLateRecordOfCaseServiceChangesNothing() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        String correspondence = awaitOpen(exchange);
        long version = json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("version").asLong();
        UUID suspension = publishCaseEvent(new nl.perspectief.events.cases.v1.MessageExchangeSuspended(exchange.caseId(),
                exchange.exchangeId(), nl.perspectief.events.cases.v1.SuspensionReason.CONSENT_WITHDRAWN,
                java.time.Instant.now()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("state").asString()).isEqualTo("SUSPENDED"));

        // the same record again, and the opening arriving late (a republication after case-service's replay)
        publishCaseEvent(suspension, new nl.perspectief.events.cases.v1.MessageExchangeSuspended(exchange.caseId(),
                exchange.exchangeId(), nl.perspectief.events.cases.v1.SuspensionReason.CONSENT_WITHDRAWN,
                java.time.Instant.now()));
        publishCaseEvent(new nl.perspectief.events.cases.v1.MessageExchangeOpened(exchange.caseId(), exchange.exchangeId(),
                DemoUsers.MEDIATOR_ANNA.id().toString(), List.of(
                new nl.perspectief.events.cases.v1.MessageExchangeOpened.Party(exchange.applicant(),
                        nl.perspectief.events.cases.v1.PartySide.APPLICANT),
                new nl.perspectief.events.cases.v1.MessageExchangeOpened.Party(exchange.otherParty(),
                        nl.perspectief.events.cases.v1.PartySide.OTHER_PARTY)), java.time.Instant.now()));
        // a marker after them on the same partition: once it is seen, the two before it were handled
        resume(exchange);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("state").asString()).isEqualTo("OPEN"));
        // suspended once and resumed once: two events after the version read before, no more
        assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("version").asLong()).isEqualTo(version + 2);
    }

    @Test
    void onlyTheCasesMediatorAndComplianceReadItAndOnlyTheMediatorActs() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        String correspondence = awaitOpen(exchange);
        UUID unknownCase = UUID.randomUUID();

        ResponseEntity<String> colleague = get(correspondence, DemoUsers.MEDIATOR_BRAM);
        ResponseEntity<String> noSuchCase = get("/api/cases/" + unknownCase + "/correspondence", DemoUsers.MEDIATOR_BRAM);
        assertThat(colleague.getStatusCode().value()).isEqualTo(404);
        assertThat(json(colleague).get("detail")).isEqualTo(json(noSuchCase).get("detail"));
        assertThat(post(correspondence + "/messages", DemoUsers.MEDIATOR_BRAM, Map.of("writerId", exchange.applicant(),
                "kind", "LETTER", "content", "Not my case.")).getStatusCode().value()).isEqualTo(404);
        assertThat(get(correspondence, DemoUsers.DESK).getStatusCode().value()).isEqualTo(403);
        assertThat(get(correspondence, DemoUsers.TRAINER).getStatusCode().value()).isEqualTo(403);
        assertThat(get(correspondence, DemoUsers.COMPLIANCE).getStatusCode().value()).isEqualTo(200);
        assertThat(post(correspondence + "/messages", DemoUsers.COMPLIANCE, Map.of("writerId", exchange.applicant(),
                "kind", "LETTER", "content", "Read only.")).getStatusCode().value()).isEqualTo(403);
        assertThat(json(get("/api/correspondence", DemoUsers.MEDIATOR_BRAM)))
                .noneMatch(item -> item.get("caseId").asString().equals(exchange.caseId().toString()));
        assertThat(json(get("/api/correspondence", DemoUsers.MEDIATOR_ANNA)))
                .anyMatch(item -> item.get("caseId").asString().equals(exchange.caseId().toString()));

        JsonNode accessLog = json(get("/api/access-log?caseId=" + exchange.caseId(), DemoUsers.COMPLIANCE));
        assertThat(accessLog.toString()).contains("CORRESPONDENCE").contains("FORBIDDEN").contains("ALLOWED");
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndTheRuleAndStoresNothing() {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        String correspondence = awaitOpen(exchange);

        ResponseEntity<String> noWriter = post(correspondence + "/messages", DemoUsers.MEDIATOR_ANNA,
                Map.of("kind", "LETTER", "content", "Who wrote this?"));
        assertThat(noWriter.getStatusCode().value()).isEqualTo(400);
        assertThat(json(noWriter).get("errors").toString()).contains("writerId");
        ResponseEntity<String> notAParty = post(correspondence + "/messages", DemoUsers.MEDIATOR_ANNA,
                Map.of("writerId", UUID.randomUUID(), "kind", "LETTER", "content", "A stranger."));
        assertThat(json(notAParty).get("rule").asString()).isEqualTo("NotAPartyOfTheExchange");
        ResponseEntity<String> badIfMatch = api().post().uri(correspondence + "/messages")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(DemoUsers.MEDIATOR_ANNA))
                .header(HttpHeaders.IF_MATCH, "three").contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("writerId", exchange.applicant(), "kind", "LETTER", "content", "x")))
                .retrieve().toEntity(String.class);
        assertThat(json(badIfMatch).get("errors").get(0).get("field").asString()).isEqualTo("If-Match");
        ResponseEntity<String> stale = api().post().uri(correspondence + "/messages")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(DemoUsers.MEDIATOR_ANNA))
                .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(Map.of("writerId", exchange.applicant(), "kind", "LETTER", "content", "x")))
                .retrieve().toEntity(String.class);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("messages")).isEmpty();
    }

    @Test
    void attachmentsAreCheckedByTheirContentStoredSealedAndServedOnlyToTheCasesReaders() throws Exception {
        OpenExchange exchange = openExchange(DemoUsers.MEDIATOR_ANNA);
        String correspondence = awaitOpen(exchange);
        byte[] drawing = png();

        ResponseEntity<String> recorded = multipart(correspondence + "/messages",
                Map.of("writerId", exchange.applicant(), "kind", "LETTER", "content", "With a drawing. " + CANARY),
                new NamedBytes("drawing-of-" + CANARY + ".png", drawing));
        assertThat(recorded.getStatusCode().value()).isEqualTo(201);
        JsonNode version = json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("messages").get(0).get("versions").get(0);
        JsonNode attachment = version.get("attachments").get(0);
        assertThat(attachment.get("mediaType").asString()).isEqualTo("image/png");
        String download = correspondence + "/attachments/" + attachment.get("attachmentId").asString();
        ResponseEntity<byte[]> served = api().get().uri(download)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(DemoUsers.MEDIATOR_ANNA))
                .retrieve().toEntity(byte[].class);
        assertThat(served.getBody()).isEqualTo(drawing);
        assertThat(served.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(served.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        assertThat(get(download, DemoUsers.MEDIATOR_BRAM).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<String> disguised = multipart(correspondence + "/messages",
                Map.of("writerId", exchange.applicant(), "kind", "LETTER", "content", "A text file called a PDF."),
                new NamedBytes("letter.pdf", "just text, not a PDF".getBytes(StandardCharsets.UTF_8)));
        assertThat(disguised.getStatusCode().value()).isEqualTo(400);
        assertThat(json(disguised).get("errors").get(0).get("field").asString()).isEqualTo("attachments");
        assertThat(json(disguised).get("errors").get(0).get("rule").asString()).isEqualTo("AttachmentType");
        assertThat(json(get(correspondence, DemoUsers.MEDIATOR_ANNA)).get("messages")).hasSize(1);

        assertThat(cellsHolding(CANARY)).as("cells of the database holding the canary in clear").isEmpty();
        assertThat(cellsHolding("IHDR")).as("a PNG's header in clear").isEmpty();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndCounted() {
        double before = deadLetters();
        publish(new ProducerRecord<>(CASE_EVENTS, UUID.randomUUID().toString(),
                ("{not json " + CANARY).getBytes(StandardCharsets.UTF_8)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(deadLetters()).isEqualTo(before + 1));
        List<ConsumerRecord<String, byte[]>> parked = recordsOn(CASE_EVENTS_DLT, Duration.ofSeconds(1));
        assertThat(parked).isNotEmpty();
        assertThat(parked).allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.ISO_8859_1))
                .doesNotContain(CANARY));
    }

    private double deadLetters() {
        var counter = meters.find(DeadLetters.METRIC).tag("topic", CASE_EVENTS).counter();
        return counter == null ? 0 : counter.count();
    }

    private String awaitOpen(OpenExchange exchange) {
        String correspondence = "/api/cases/" + exchange.caseId() + "/correspondence";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ResponseEntity<String> answer = get(correspondence, exchange.mediator());
            assertThat(answer.getStatusCode().value()).isEqualTo(200);
            assertThat(json(answer).get("state").asString()).isEqualTo("OPEN");
        });
        return correspondence;
    }

    private record NamedBytes(String name, byte[] bytes) {
    }

    private ResponseEntity<String> multipart(String uri, Map<String, Object> message, NamedBytes... files) {
        var parts = new LinkedMultiValueMap<String, Object>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("message", new HttpEntity<>(JSON.writeValueAsString(message), json));
        for (NamedBytes file : files) {
            parts.add("attachments", new ByteArrayResource(file.bytes()) {
                @Override
                public String getFilename() {
                    return file.name();
                }
            });
        }
        return api().post().uri(uri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + StaffTokens.of(DemoUsers.MEDIATOR_ANNA))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .retrieve().toEntity(String.class);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Every cell of every table of the service's database, as its superuser reads it, that holds {@code text}. */
    private static List<String> cellsHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = superuserDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select schemaname || '.' || tablename from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (Statement each = connection.createStatement();
                     ResultSet rows = each.executeQuery("select * from " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            byte[] bytes = rows.getBytes(column);
                            if (bytes != null && new String(bytes, StandardCharsets.ISO_8859_1).contains(text)) {
                                found.add(table + "." + rows.getMetaData().getColumnName(column));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
